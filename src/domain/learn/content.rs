//! Everything the Learn & safety view says, in one place for review. Every statement names
//! its sources; `tests/content.rs` checks that each has at least one, that every source is
//! cited, and renders the page (`render_html`) into a precached file the view loads when
//! it opens, so the text is not part of the app's first load.
//!
//! Wording follows shared/health/EVIDENCE.md. Quinine and tonic water are never suggested;
//! the myths section says why.

use crate::domain::language::Lang;
use crate::domain::learn::safety::{self, Level};
use crate::domain::learn::sources::{Src, Strength, CONTENT_REVIEWED, CONTENT_REVIEWED_NL};
use std::fmt::Write;

/// One statement and where it comes from.
#[derive(Debug, Clone, Copy)]
pub struct Statement {
    pub text: &'static str,
    pub sources: &'static [Src],
    /// How strong the evidence is, where the statement is about a treatment or habit.
    pub strength: Option<Strength>,
}

const fn s(text: &'static str, sources: &'static [Src]) -> Statement {
    Statement {
        text,
        sources,
        strength: None,
    }
}

const fn e(text: &'static str, sources: &'static [Src], strength: Strength) -> Statement {
    Statement {
        text,
        sources,
        strength: Some(strength),
    }
}

/// A block of a section.
#[derive(Debug, Clone, Copy)]
pub enum Block {
    Para(Statement),
    List(&'static [Statement]),
    /// A claim and the honest answer.
    Myth {
        claim: &'static str,
        verdict: &'static str,
        answer: &'static [Statement],
    },
    /// Every red flag of `safety::RED_FLAGS`, grouped by level.
    RedFlags,
}

/// A section of the Learn view.
#[derive(Debug, Clone, Copy)]
pub struct Section {
    pub id: &'static str,
    pub title: &'static str,
    pub blocks: &'static [Block],
}

use Src::*;
use Strength::*;

pub static SECTIONS: &[Section] = &[
    Section {
        id: "red-flags",
        title: "Red flags: when to get help",
        blocks: &[
            Block::Para(s(
                "A blood clot in a leg vein (deep vein thrombosis) can feel like a cramp that will not go. Check these signs before you stretch or rub a painful leg.",
                &[NhsDvt, NiceCks],
            )),
            Block::RedFlags,
            Block::Para(s(
                "Where to get urgent advice: your doctor, or their out-of-hours service when the surgery is closed. In England, Scotland and Wales that is NHS 111, day and night; in Northern Ireland, the GP out-of-hours service; in Germany and some other European countries, 116 117. If you cannot reach anyone, go to an urgent care centre or an emergency department. In an emergency, call your emergency number: 999 or 112 in the UK, 911 in the US, 112 in the EU.",
                &[Nhs111, NidirectOutOfHours, Kbv116117],
            )),
            Block::Para(s(
                "A clot is more likely after an operation, a hospital stay or a long journey, in pregnancy or after a birth, with the contraceptive pill or HRT, with cancer, or after an earlier clot.",
                &[NhsDvt],
            )),
        ],
    },
    Section {
        id: "what",
        title: "What a leg cramp is",
        blocks: &[
            Block::Para(s(
                "A leg cramp is a sudden, painful tightening of a muscle that you cannot control, most often in the calf, sometimes in the foot or thigh.",
                &[NhsLegCramps, Aafp2012],
            )),
            Block::Para(s(
                "Most happen at night or while resting. They usually last from a few seconds to 10 minutes, and the muscle can feel sore for up to a day afterwards. They are common and usually harmless.",
                &[NhsLegCramps],
            )),
            Block::Para(s(
                "Night cramps are about twice as common in summer as in winter.",
                &[Garrison2015],
            )),
            Block::Para(s(
                "A diary helps your doctor: how many cramps each night, how long and how bad they were, and how much sleep they cost you (0 for none, 10 for a whole night). Studies of night cramps in family practice use such a daily log.",
                &[Sebo2019, NiceCks],
            )),
        ],
    },
    Section {
        id: "causes",
        title: "Idiopathic and secondary cramps",
        blocks: &[
            Block::Para(s(
                "Most night cramps have no clear cause: doctors call them idiopathic. The exact mechanism is not known; it is probably muscle fatigue and nerve activity rather than a shortage of salts in the blood.",
                &[Aafp2012, NiceCks],
            )),
            Block::Para(s(
                "Secondary cramps come with something else: pregnancy (usually in the later months), exercise that strains the muscle, some medicines, and conditions such as liver disease, kidney dialysis, narrowed leg arteries, nerve problems or narrowing of the spinal canal in the lower back.",
                &[NhsLegCramps, Aafp2012],
            )),
            Block::Para(s(
                "Cramps that come while walking and go away as soon as you stop are a different problem (poor blood flow to the legs) and worth a visit to a doctor.",
                &[Merck, Aafp2012],
            )),
        ],
    },
    Section {
        id: "who",
        title: "Who gets them",
        blocks: &[Block::List(&[
            s(
                "Up to 60 in 100 adults say they have had night leg cramps, and about 7 in 100 children.",
                &[Aafp2012],
            ),
            s(
                "They become more common with age: about one in three people over 60 have them, and 4 in 10 of those have three or more a week.",
                &[NiceCks],
            ),
            s(
                "They are common in pregnancy, especially in the later months.",
                &[NhsLegCramps, Cochrane2020Pregnancy],
            ),
            s(
                "A leg that is swollen, red or warm, or pain in one leg that does not go away after the cramp, is not a normal pregnancy cramp: a clot is more likely in pregnancy and after a birth. See the red flags.",
                &[NhsDvt, NhsPreEclampsia],
            ),
            s(
                "In children, night leg pain is more often growing pains: an ache in both legs in the evening or at night that is gone by the morning. See a doctor if it is in one leg only, is still there in the morning, makes the child limp, or comes with a fever, swelling or redness.",
                &[NhsGrowingPains],
            ),
            s(
                "Athletes get cramps during or after hard or long exercise. The causes are debated: muscle fatigue seems to play a big part, and heavy loss of sweat and salt may matter for some.",
                &[JAthlTrain2022, Schwellnus2009],
            ),
        ])],
    },
    Section {
        id: "during",
        title: "What helps during a cramp",
        blocks: &[
            Block::List(&[
                s(
                    "Stretch the muscle: for the calf, straighten the leg and pull your toes up towards your shin. If that makes the pain worse instead of easing it, stop and check the red flags. A stretch can hurt for a moment before the cramp lets go.",
                    &[NhsLegCramps, MayoNightCramps, NhsDvt],
                ),
                s(
                    "A towel or belt round the ball of the foot helps if you cannot reach.",
                    &[BopDhb],
                ),
                s(
                    "Stand up and put your weight on the cramping leg, knee slightly bent, holding on to something.",
                    &[NhsLegCramps, MayoHealthLetter],
                ),
                s(
                    "Hold the stretch gently, without forcing it, until the cramp eases, and rub the muscle gently while you do (not if the leg is swollen, warm, red or darker).",
                    &[Aaos, NhsLegCramps, NhsDvt],
                ),
                s(
                    "Afterwards, walk around; a warm shower or bath, or ice wrapped in a towel, can ease the muscle.",
                    &[NhsLegCramps, MayoNightCramps, UpToDate],
                ),
                s(
                    "Painkillers such as paracetamol or ibuprofen work too slowly to help during a cramp, but may ease soreness afterwards.",
                    &[NhsLegCramps],
                ),
            ]),
            Block::Para(s(
                "Most cramps go away without doing anything, so it is fine to simply wait for one to pass.",
                &[NhsLegCramps],
            )),
        ],
    },
    Section {
        id: "prevent",
        title: "What may prevent them",
        blocks: &[Block::List(&[
            e(
                "Stretching the calves and hamstrings every night before bed: in one trial, adults over 55 who stretched like this for six weeks had fewer and milder night cramps (about one fewer a night). A Cochrane review rates this evidence as low certainty, and a trial of calf stretching alone found no benefit. It is worth a try and low-risk for most people: stretch gently and stop if it hurts.",
                &[Hallegraeff2012, Cochrane2021Stretching, Coppin2005, AafpFpin2017],
                MayHelp,
            ),
            e(
                "Stretching the calves a few times a day, the last time just before bed. The NHS suggests it may reduce cramps but may not stop them completely; a trial of 191 people found calf stretching on its own did not reduce night cramps.",
                &[NhsLegCramps, MayoHeadToToe, Coppin2005],
                TestedNoBenefit,
            ),
            e(
                "Drinking enough through the day (to thirst), unless a doctor has told you to limit fluids, and going easy on alcohol and caffeine.",
                &[MayoNightCramps, NhsLegCramps],
                Advice,
            ),
            e(
                "Loose sheets at the foot of the bed, and firm shoes that support the heel.",
                &[MayoNightCramps, UpToDate],
                Advice,
            ),
            e(
                "A few minutes on an exercise bike or a short walk before bed; long sitting is linked to cramps.",
                &[MayoNightCramps, MayoHealthLetter],
                Advice,
            ),
            e(
                "Magnesium supplements: a Cochrane review found them unlikely to prevent typical cramps in older adults. In pregnancy the results are conflicting. A diet with magnesium-rich foods is good for you anyway.",
                &[Cochrane2020Magnesium, Cochrane2020Pregnancy, NihOdsMagnesium],
                NotShown,
            ),
        ]),
        Block::Para(s(
            "Adults need about 310 to 420 mg of magnesium a day, depending on age and sex. Magnesium from food is safe for people whose kidneys work normally; the upper limit of 350 mg a day (from age 9; 65 mg for children aged 1 to 3, 110 mg for 4 to 8) is for supplements and medicines. People with kidney disease should not take magnesium supplements, or antacids or laxatives that contain magnesium, unless their doctor says so.",
            &[Iom1997, NihOdsMagnesium],
        ))],
    },
    Section {
        id: "medicines",
        title: "Medicines that can cause cramps",
        blocks: &[
            Block::Para(s(
                "Cholesterol-lowering statins and water tablets (diuretics) are among the medicines linked to cramps.",
                &[NhsLegCramps],
            )),
            Block::Para(s(
                "Others include intravenous iron, conjugated oestrogens, raloxifene, naproxen and teriparatide.",
                &[Aafp2012],
            )),
            Block::Para(s(
                "In a study of 4.2 million people in British Columbia, treatment for night cramps was about twice as likely in the year after starting a long-acting reliever inhaler or a potassium-sparing water tablet, and about 1.5 times as likely after a thiazide-type water tablet; the link with statins was small. If cramps began after a new medicine, ask your doctor: never stop one on your own.",
                &[Garrison2012],
            )),
            Block::Para(s(
                "With a statin, new muscle pain, tenderness, weakness or cramps that you cannot explain are a reason to stop the statin and get medical advice straight away: they can be signs of muscle damage.",
                &[NhsStatins],
            )),
            Block::Para(s(
                "If cramps started after you began another new medicine, talk to your doctor within a day or two, and do not stop it without their advice.",
                &[Merck],
            )),
        ],
    },
    Section {
        id: "myths",
        title: "Myths and half-truths",
        blocks: &[
            Block::Myth {
                claim: "\u{201c}Cramps are usually caused by a lack of magnesium.\u{201d}",
                verdict: "Not supported",
                answer: &[
                    s(
                        "Most night cramps have no clear cause, and doctors think tired muscles and nerves are behind them rather than low salts in the blood. Blood tests are only suggested when another cause is suspected.",
                        &[Aafp2012, NiceCks],
                    ),
                    s(
                        "Low magnesium or other salts can play a part in some people, for example with water tablets or long-term bowel problems.",
                        &[Merck, NihOdsMagnesium],
                    ),
                    s(
                        "But magnesium supplements have not been shown to prevent typical night cramps in older adults.",
                        &[Cochrane2020Magnesium],
                    ),
                ],
            },
            Block::Myth {
                claim: "\u{201c}Eating garlic reduces the risk of cramps.\u{201d}",
                verdict: "No evidence",
                answer: &[
                    s(
                        "We found no trial of garlic for cramps. The one related review was about leg pain from narrowed arteries, not cramps, and found no clear benefit.",
                        &[GarlicCochrane],
                    ),
                    s(
                        "A clove of garlic has less than 1 mg of magnesium.",
                        &[UsdaSr26],
                    ),
                ],
            },
            Block::Myth {
                claim: "\u{201c}Exercising after eating causes cramps.\u{201d}",
                verdict: "Not for leg cramps",
                answer: &[s(
                    "Exercising soon after a meal is linked to a stitch, a pain in the side of the belly, not to leg cramps. Night cramps happen at rest, whatever you ate.",
                    &[Morton2015, Merck],
                )],
            },
            Block::Myth {
                claim: "\u{201c}Broth or sports drinks prevent cramps.\u{201d}",
                verdict: "Partly true for some athletes, not for night cramps",
                answer: &[
                    s(
                        "For cramps during sport, studies that followed athletes did not find that lost water or salt explains them; a few lab studies and some heavy \u{201c}salty sweaters\u{201d} are exceptions. Neither has been shown to help night cramps.",
                        &[Schwellnus2009, JAthlTrain2022],
                    ),
                    s(
                        "Sports drinks contain almost no magnesium. Broth is salty, about 370 mg of sodium per 100 g (roughly 900 mg in a 240 ml cup), and has almost no magnesium.",
                        &[UsdaSr26],
                    ),
                    s(
                        "Drinking far more water or sports drink than you need can dilute the salt in your blood dangerously (hyponatraemia); people have died from it. Drink to thirst. If you have heart or kidney problems, or were told to limit salt or fluids, ask your doctor first.",
                        &[Miller2015, JAthlTrain2022],
                    ),
                ],
            },
            Block::Myth {
                claim: "\u{201c}Quinine or tonic water stops cramps.\u{201d}",
                verdict: "Not on your own",
                answer: &[
                    s(
                        "Quinine can cause serious and sometimes fatal side effects, including blood disorders, and its benefit for cramps is small. US regulators warn against using it for leg cramps.",
                        &[FdaQuinine, Mhra],
                    ),
                    s(
                        "In the UK it is not used routinely; only a doctor can judge whether it is worth trying, after other causes are ruled out and stretching has not helped. It is not safe in pregnancy. Tonic water is not a treatment.",
                        &[Mhra, Cochrane2020Pregnancy],
                    ),
                    s(
                        "If a doctor has prescribed quinine for you, ask at your next review whether you still need it: UK advice is to check regularly whether it still helps.",
                        &[Mhra],
                    ),
                    s(
                        "If you take quinine and get unexplained bruising, bleeding, or small purple-red spots on the skin, stop taking it and get medical help straight away: these can be signs of a serious blood disorder.",
                        &[Mhra, FdaQuinine],
                    ),
                ],
            },
        ],
    },
];

/// The red-flags section in Dutch, for the Netherlands and Flanders: the same flags from the
/// table at the same levels, with the Dutch and Belgian route to care (the huisarts, the
/// huisartsenpost or 1733 out of hours, 112) and Dutch sources beside the international ones.
/// The other sections are not yet in Dutch (issue 23); the Dutch page marks them `lang="en"`.
pub static RED_FLAGS_NL: Section = Section {
    id: "red-flags",
    title: "Alarmsignalen: wanneer hulp zoeken",
    blocks: &[
        Block::Para(s(
            "Een bloedstolsel in een ader van het been (trombose) kan voelen als een kramp die niet overgaat. Let op deze tekenen voordat u een pijnlijk been rekt of masseert.",
            &[ThuisartsTrombosebeen, NhsDvt, NiceCks],
        )),
        Block::RedFlags,
        Block::Para(s(
            "Waar u dringend medisch advies krijgt: overdag bij uw huisarts; 's\u{a0}avonds, 's\u{a0}nachts, in het weekend en op feestdagen bij de huisartsenpost. Bel altijd eerst: zonder verwijzing kunt u in Nederland niet zomaar naar de spoedeisende hulp. In België belt u buiten de openingsuren van uw huisarts de huisarts van wacht, via 1733 of het wachtnummer in uw regio (de wachtpost); naar de spoeddienst van een ziekenhuis kunt u in België ook zonder verwijzing, maar dat kost meer. Bij levensgevaar belt u 112, in Nederland en in België.",
            &[PatientenfederatieSpoedzorg, Be1733],
        )),
        Block::Para(s(
            "Trombose komt vaker voor na een operatie, een ziekenhuisopname of een lange reis, in de zwangerschap of na een bevalling, bij gebruik van de pil of van hormonen in de overgang, bij kanker, of als u al eerder trombose had.",
            &[NhsDvt, ThuisartsTrombosebeen],
        )),
    ],
};

/// The magnesium view's "Good to know" notes: safety, interactions, evidence and where the
/// food values come from.
pub static MAGNESIUM_NOTES: &[Statement] = &[
    s(
        "If you have kidney disease or are on dialysis, ask your kidney team before aiming for a magnesium target: many magnesium-rich foods (nuts, seeds, beans, whole grains, bran, chocolate) are also high in potassium and phosphate, which kidney diets often limit.",
        &[NiddkKidneyDiet, NihOdsMagnesium],
    ),
    s(
        "Magnesium from food is safe for people whose kidneys work normally: the kidneys remove what the body does not need. The upper limit for magnesium from supplements and medicines (not food) is 65 mg a day for children aged 1 to 3, 110 mg for 4 to 8, and 350 mg from age 9.",
        &[Iom1997, NihOdsMagnesium],
    ),
    s(
        "People with kidney disease should not take magnesium supplements, or antacids or laxatives that contain magnesium, unless their doctor says so.",
        &[NihOdsMagnesium],
    ),
    s(
        "Magnesium supplements interact with some antibiotics and with bisphosphonates (for bones).",
        &[NihOdsMagnesium],
    ),
    s(
        "They also interact with levothyroxine (for the thyroid): ask a pharmacist how to take them.",
        &[EmcSmpc],
    ),
    s(
        "Water tablets (diuretics) and long-term acid-reducing medicines (proton pump inhibitors) can lower the body's magnesium.",
        &[NihOdsMagnesium],
    ),
    s(
        "A Cochrane review found magnesium supplements unlikely to prevent typical cramps in older adults; in pregnancy the evidence is unclear. Uncramp does not recommend any supplement.",
        &[Cochrane2020Magnesium],
    ),
    s(
        "Food values come from the NIH Office of Dietary Supplements (2022 table) and the USDA National Nutrient Database for Standard Reference, release 26 (2013; later releases may differ slightly).",
        &[NihOdsMagnesium, UsdaSr26],
    ),
];

/// Said with the magnesium target itself, before anyone aims for it (REVIEW K28); the full
/// statement, with its sources, is the first of [`MAGNESIUM_NOTES`].
pub const KIDNEY_BEFORE_TARGET: &str =
    "Kidney disease or on dialysis? Ask your kidney team before aiming for this target: see Good to know below.";

/// The note shown with the content.
pub const NOT_A_DIAGNOSIS: &str = "Uncramp gives general information about leg cramps, based on the sources listed. It is not a diagnosis and does not replace a doctor, nurse or pharmacist.";

/// [`NOT_A_DIAGNOSIS`] in `lang`.
pub fn not_a_diagnosis(lang: Lang) -> &'static str {
    match lang.words() {
        Lang::En => NOT_A_DIAGNOSIS,
        Lang::Nl => "Uncramp geeft algemene informatie over kramp in de benen, op basis van de genoemde bronnen. Het is geen diagnose en vervangt geen huisarts, verpleegkundige of apotheker.",
    }
}

/// Every health statement the app makes in text: the Learn page's and the magnesium notes.
pub fn all_statements() -> Vec<Statement> {
    let mut out = statements();
    out.extend_from_slice(MAGNESIUM_NOTES);
    // The Learn page's Dutch that cites sources of its own.
    for (_, nl, extra) in crate::domain::learn::content_nl::DUTCH {
        if !extra.is_empty() {
            out.push(s(nl, extra));
        }
    }
    // The Dutch red flags and their section, with their own sources.
    out.extend(RED_FLAGS_NL.blocks.iter().filter_map(|block| match block {
        Block::Para(st) => Some(*st),
        _ => None,
    }));
    for f in safety::RED_FLAGS {
        out.extend(
            [Some(f.dutch().text), f.dutch().escalate]
                .into_iter()
                .flatten()
                .map(|text| s(text, f.sources)),
        );
        if !f.dutch().sources.is_empty() {
            out.push(s(f.dutch().text, f.dutch().sources));
        }
    }
    // The guide's safety words in the other languages, with their own sources.
    for lang in Lang::ALL.into_iter().filter(|&lang| lang != Lang::En) {
        let words = safety::guide_safety(lang);
        let said = [words.clot_check, words.after_long_cramp, words.alert_advice];
        out.extend(
            said.into_iter()
                .chain(words.alert_spoken_signs.iter().copied())
                .map(|text| Statement {
                    text,
                    sources: words.sources,
                    strength: None,
                }),
        );
    }
    out
}

/// Every statement on the Learn page.
pub fn statements() -> Vec<Statement> {
    let mut out = Vec::new();
    for section in SECTIONS {
        for block in section.blocks {
            match block {
                Block::Para(st) => out.push(*st),
                Block::List(items) => out.extend_from_slice(items),
                Block::Myth { answer, .. } => out.extend_from_slice(answer),
                Block::RedFlags => {
                    out.extend(safety::RED_FLAGS.iter().map(|f| Statement {
                        text: f.text,
                        sources: f.sources,
                        strength: None,
                    }));
                    out.extend(
                        safety::RED_FLAGS
                            .iter()
                            .filter_map(|f| f.escalate.map(|text| s(text, f.sources))),
                    );
                }
            }
        }
    }
    out
}

/// The Dutch of one of the Learn page's English texts (`content_nl::DUTCH`); the English itself
/// where there is none (a host test keeps that from happening).
pub fn dutch(english: &'static str) -> &'static str {
    crate::domain::learn::content_nl::DUTCH
        .iter()
        .find(|(en, _, _)| *en == english)
        .map_or(english, |(_, nl, _)| nl)
}

/// The sources only the Dutch of `english` cites.
fn dutch_sources(english: &str) -> &'static [Src] {
    crate::domain::learn::content_nl::DUTCH
        .iter()
        .find(|(en, _, _)| *en == english)
        .map_or(&[], |(_, _, extra)| extra)
}

/// A statement in `lang`: its text, and its sources (in Dutch, with those only the Dutch cites).
pub fn statement_in(st: &Statement, lang: Lang) -> (&'static str, Vec<Src>) {
    match lang.words() {
        Lang::En => (st.text, st.sources.to_vec()),
        Lang::Nl => (
            dutch(st.text),
            dutch_sources(st.text)
                .iter()
                .chain(st.sources)
                .copied()
                .collect(),
        ),
    }
}

/// [`KIDNEY_BEFORE_TARGET`] in `lang`.
pub fn kidney_before_target(lang: Lang) -> &'static str {
    match lang.words() {
        Lang::En => KIDNEY_BEFORE_TARGET,
        Lang::Nl => dutch(KIDNEY_BEFORE_TARGET),
    }
}

/// Escapes text for HTML (the Learn page, the doctor report).
pub fn escape(text: &str) -> String {
    esc(text)
}

fn esc(text: &str) -> String {
    text.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
        .replace('"', "&quot;")
}

fn refs(sources: &[Src], lang: Lang) -> String {
    let word = match lang.words() {
        Lang::En => "Source",
        Lang::Nl => "Bron",
    };
    sources
        .iter()
        .map(|src| {
            format!(
                r##"<a class="ref" href="learn/#src-{n}" aria-label="{word} {n}: {short}">[{n}]</a>"##,
                n = src.number(),
                short = esc(src.short())
            )
        })
        .collect::<Vec<_>>()
        .join("")
}

fn statement(st: &Statement, lang: Lang) -> String {
    let badge = st.strength.map_or(String::new(), |k| {
        format!(
            r#" <span class="badge badge--{}">{}</span>"#,
            k.name(),
            esc(k.label_in(lang))
        )
    });
    let (text, sources) = statement_in(st, lang);
    format!("{} {}{badge}", esc(text), refs(&sources, lang))
}

/// The Learn page's content as HTML (sections, then the sources), with no scripts or styles.
pub fn render_html() -> String {
    render_html_in(Lang::En)
}

/// The Learn page in `lang`: in Dutch, the red flags with the Dutch route ([`RED_FLAGS_NL`])
/// and every other text from `content_nl`.
pub fn render_html_in(lang: Lang) -> String {
    let in_dutch = lang.words() == Lang::Nl;
    let sections: Vec<&Section> = SECTIONS
        .iter()
        .map(|section| {
            if in_dutch && section.id == RED_FLAGS_NL.id {
                &RED_FLAGS_NL
            } else {
                section
            }
        })
        .collect();
    let title = |section: &Section| match lang.words() {
        Lang::Nl if section.id != RED_FLAGS_NL.id => dutch(section.title),
        _ => section.title,
    };
    let (on_this_page, sources_title) = match lang.words() {
        Lang::En => ("On this page", "Sources"),
        Lang::Nl => ("Op deze pagina", "Bronnen"),
    };
    let mut out = String::new();
    let _ = write!(out, r#"<nav class="toc" aria-label="{on_this_page}"><ul>"#);
    for section in &sections {
        let _ = write!(
            out,
            r##"<li><a href="learn/#{}">{}</a></li>"##,
            section.id,
            esc(title(section))
        );
    }
    let _ = write!(
        out,
        r##"<li><a href="learn/#sources">{sources_title}</a></li></ul></nav>"##
    );
    for section in &sections {
        let class = if section.id == "red-flags" {
            " learn__section--flags"
        } else {
            ""
        };
        let _ = write!(
            out,
            r#"<section class="card learn__section{class}" id="{id}" aria-labelledby="{id}-title"><h2 class="card__title" id="{id}-title">{title}</h2>"#,
            id = section.id,
            title = esc(title(section))
        );
        for block in section.blocks {
            match block {
                Block::Para(st) => {
                    let _ = write!(out, "<p>{}</p>", statement(st, lang));
                }
                Block::List(items) => {
                    out.push_str(r#"<ul class="plain-list">"#);
                    for st in *items {
                        let _ = write!(out, "<li>{}</li>", statement(st, lang));
                    }
                    out.push_str("</ul>");
                }
                Block::Myth {
                    claim,
                    verdict,
                    answer,
                } => {
                    let (claim, verdict) = match lang.words() {
                        Lang::En => (*claim, *verdict),
                        Lang::Nl => (dutch(claim), dutch(verdict)),
                    };
                    let _ = write!(
                        out,
                        r#"<div class="myth"><h3 class="myth__claim">{}</h3><p class="myth__verdict"><strong>{}.</strong></p>"#,
                        esc(claim),
                        esc(verdict)
                    );
                    for st in *answer {
                        let _ = write!(out, "<p>{}</p>", statement(st, lang));
                    }
                    out.push_str("</div>");
                }
                Block::RedFlags => {
                    for level in Level::ALL {
                        let _ = write!(
                            out,
                            r#"<div class="flags flags--{name}" id="flags-{name}"><h3 class="flags__title">{}</h3><ul class="plain-list">"#,
                            esc(level.heading_in(lang)),
                            name = level.name()
                        );
                        for f in safety::at_level(level) {
                            let escalate = f
                                .escalate_in(lang)
                                .map_or(String::new(), |e| format!(" <strong>{}</strong>", esc(e)));
                            let _ = write!(
                                out,
                                r#"<li id="flag-{}">{}{escalate} {}</li>"#,
                                f.id,
                                esc(f.text_in(lang)),
                                refs(&f.sources_in(lang), lang)
                            );
                        }
                        out.push_str("</ul></div>");
                    }
                }
            }
        }
        out.push_str("</section>");
    }
    let checked = match lang.words() {
        Lang::En => format!(
            "What Uncramp says was last checked against these sources on {CONTENT_REVIEWED}."
        ),
        Lang::Nl => format!(
            "Wat Uncramp zegt, is het laatst gecontroleerd aan de hand van deze bronnen op {CONTENT_REVIEWED_NL}."
        ),
    };
    let _ = write!(
        out,
        r#"<section class="card learn__sources" id="sources" aria-labelledby="sources-title"><h2 class="card__title" id="sources-title">{sources_title}</h2><p class="hint">{checked}</p><ol class="sources">"#,
    );
    for src in Src::ALL
        .into_iter()
        .filter(|src| in_dutch || !src.dutch_only())
    {
        let link = src.url().map_or(String::new(), |url| {
            format!(
                r#" <a href="{}" rel="external noopener noreferrer" target="_blank">{}</a>"#,
                esc(url),
                esc(url.trim_start_matches("https://").trim_end_matches('/'))
            )
        });
        let _ = write!(
            out,
            r#"<li id="src-{n}">{citation}{link}</li>"#,
            n = src.number(),
            citation = esc(src.citation()),
        );
    }
    out.push_str("</ol></section>");
    out
}
