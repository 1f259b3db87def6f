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
    entries.push({ id: id++, draft: { at: min, duration_s: 60 + (d % 5) * 40, leg: d % 2 ? "left" : "right", muscle: d % 7 ? "calf" : "foot", severity: 3 + (d % 6), woke: d % 3 !== 0, note: d % 9 === 0 ? "After a long walk" : "", from_guide: d % 4 === 0 } });
  }
  entries.reverse();
  localStorage.setItem("uncramp.diary", JSON.stringify({ v: 1, data: { entries, next_id: id } }));
})();
