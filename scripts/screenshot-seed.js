// Seeds a few weeks of checklist and diary data for screenshots.
(() => {
  if (localStorage.getItem("uncramp.diary")) return;
  const now = new Date(); const day0 = Math.floor((now.getTime() - now.getTimezoneOffset()*60000) / 86400000);
  const days = [];
  for (let d = day0 - 60; d < day0; d++) {
    const n = (d * 7) % 8; if (n === 0) continue;
    const done = [1,2,3,4,5,6,7].slice(0, n);
    days.push({ day: d, done, of: 7, skipped: d % 19 === 0 });
  }
  localStorage.setItem("uncramp.checklist", JSON.stringify({ v: 1, data: { items: [1,2,3,4,5,6,7].map((id,i)=>({id, builtin: ["bedtime_stretch","daytime_stretch","drink","easy_evening","magnesium_food","activity","loose_bedding"][i]})), days, next_id: 8 } }));
  const entries = []; let id = 1;
  for (let d = day0 - 80; d < day0; d += 3) {
    const min = d * 1440 + 3 * 60 + (d % 50);
    const guide = d % 4 === 0;
    const tags = d % 9 === 0 ? ["standing"] : d % 5 === 0 ? ["hot_day"] : [];
    entries.push({ id: id++, draft: { at: min, duration_s: 60 + (d % 5) * 40, leg: d % 2 ? "left" : "right", muscle: d % 7 ? "calf" : "foot", severity: 3 + (d % 6), woke: Math.floor(d / 3) % 3 !== 0, note: d % 9 === 0 ? "After a long walk" : "", from_guide: guide, tags, eased_by: guide ? (d % 8 === 0 ? "stand_load" : "calf_pull") : null } });
  }
  entries.reverse();
  // The morning question answered on most nights (the night before day0 left for the home view).
  const nights = [];
  for (let d = day0 - 60; d < day0 - 1; d++) {
    if (d % 6 === 0) continue;
    nights.push({ night: d, answer: (d - day0) % 3 === 0 ? "cramp" : "no_cramp", sleep_lost: (d - day0) % 3 === 0 ? 3 + (d % 4) : null });
  }
  const medicines = [{ id: 1, name: "Indapamide", dose: "1.5 mg in the morning", class: "thiazide_diuretic", started: day0 - 40, stopped: null, as_needed: false }];
  localStorage.setItem("uncramp.diary", JSON.stringify({ v: 2, data: { entries, next_id: id, nights, own_tags: [], medicines, next_medicine_id: 2, trial: null } }));
})();
