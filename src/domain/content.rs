//! Everything the Learn & safety view says, in one place for review. Every statement names
//! its sources; `tests/content.rs` checks that each has at least one, that every source is
//! cited, and renders the page (`render_html`) into a precached file the view loads when
//! it opens, so the text is not part of the app's first load.
//!
//! Wording follows shared/health/EVIDENCE.md. Quinine and tonic water are never suggested;
//! the myths section says why.

use super::sources::{Src, Strength};
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
    /// A group of red flags with how urgent they are.
    Flags {
        urgency: &'static str,
        level: u8,
        items: &'static [Statement],
    },
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

pub const RED_FLAG_EMERGENCY: Statement = s(
    "A swollen, painful calf in one leg together with chest pain or being short of breath: call your local emergency number. This can be a blood clot that has moved to the lungs.",
    &[NhsDvt],
);
pub const RED_FLAG_DVT: Statement = s(
    "The calf of one leg is swollen, warm, red or darkened, and painful or tender. This can be a blood clot in the leg (deep vein thrombosis), not a cramp.",
    &[NhsDvt, NiceCks],
);
pub const RED_FLAG_TEN_MINUTES: Statement =
    s("A cramp lasts longer than 10 minutes.", &[NhsLegCramps]);

pub static SECTIONS: &[Section] = &[
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
                "They are common in pregnancy, especially in the later months, and usually stop after the baby is born.",
                &[NhsLegCramps, Cochrane2020Pregnancy],
            ),
            s(
                "Athletes get cramps during or after hard or long exercise; tired muscles seem to matter more than lost water or salt.",
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
                    "Stretch the muscle: for the calf, straighten the leg and pull your toes up towards your shin. A towel or belt round the foot helps if you cannot reach.",
                    &[NhsLegCramps, MayoNightCramps],
                ),
                s(
                    "Stand up and put your weight on the cramping leg, knee slightly bent, holding on to something.",
                    &[NhsLegCramps, MayoHealthLetter],
                ),
                s(
                    "Hold the stretch gently until the cramp eases, never to the point of pain, and massage the muscle while you do.",
                    &[Aaos, NhsLegCramps],
                ),
                s(
                    "Afterwards, walk around or walk on your heels for a few minutes; a warm shower or bath, or ice wrapped in a towel, can ease the muscle.",
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
                "Stretching the calves and hamstrings every night before bed: in a trial of 80 adults over 55, six weeks of it meant about one cramp fewer a night, and milder ones. Reviews disagree on how much stretching helps, but it is safe to try.",
                &[Hallegraeff2012, Cochrane2021Stretching, AafpFpin2017],
                MayHelp,
            ),
            e(
                "Stretching the calves a few times a day, the last time just before bed. It may reduce cramps but may not stop them completely.",
                &[NhsLegCramps, MayoHealthLetter],
                Advice,
            ),
            e(
                "Drinking enough through the day, unless a doctor has told you to limit fluids, and going easy on alcohol and caffeine.",
                &[MayoNightCramps, NhsLegCramps],
                Advice,
            ),
            e(
                "Loose sheets at the foot of the bed, and firm shoes that support the heel.",
                &[MayoNightCramps, UpToDate],
                Advice,
            ),
            e(
                "A few minutes on a stationary bike or a walk before bed; long sitting is linked to cramps.",
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
            "Adults need about 310 to 420 mg of magnesium a day, depending on age and sex. Magnesium from food is safe; the upper limit of 350 mg a day is for supplements and medicines. People with kidney disease should not take magnesium supplements without their doctor.",
            &[Iom1997, NihOdsMagnesium],
        ))],
    },
    Section {
        id: "medicines",
        title: "Medicines that can cause cramps",
        blocks: &[
            Block::Para(s(
                "Cholesterol-lowering statins and water tablets (diuretics) are among the medicines linked to cramps.",
                &[NhsLegCramps, Aafp2012],
            )),
            Block::Para(s(
                "Others include intravenous iron, conjugated oestrogens, raloxifene, naproxen and teriparatide.",
                &[Aafp2012],
            )),
            Block::Para(s(
                "If cramps started after you began a new medicine, talk to your doctor within a day or two; do not stop a prescribed medicine on your own. With a statin, unexplained muscle pain, tenderness or weakness needs a doctor's advice soon.",
                &[Merck, NhsStatins],
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
                        "Low magnesium or other salts can play a part in some people, for example with water tablets or bowel problems, but magnesium supplements have not been shown to prevent typical night cramps in older adults.",
                        &[Merck, Cochrane2020Magnesium],
                    ),
                ],
            },
            Block::Myth {
                claim: "\u{201c}Eating garlic reduces the risk of cramps.\u{201d}",
                verdict: "No evidence",
                answer: &[
                    s(
                        "No trial has tested garlic for cramps. The one related review was about leg pain from narrowed arteries, not cramps, and found no clear benefit.",
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
                answer: &[
                    s(
                        "Exercising soon after a meal is linked to a stitch, a pain in the side of the belly, not to leg cramps. Night cramps happen at rest, whatever you ate.",
                        &[Morton2015, Merck],
                    ),
                    s(
                        "The American Red Cross found no reason to wait after eating before swimming.",
                        &[RedCross2011],
                    ),
                ],
            },
            Block::Myth {
                claim: "\u{201c}Broth or sports drinks prevent cramps.\u{201d}",
                verdict: "Partly true for some athletes, not for night cramps",
                answer: &[
                    s(
                        "For cramps during sport, studies that followed athletes did not find that lost water or salt explains them; a few lab studies and some heavy \u{201c}salty sweaters\u{201d} are exceptions. Nothing has been shown to help night cramps.",
                        &[Schwellnus2009, JAthlTrain2022],
                    ),
                    s(
                        "Sports drinks contain almost no magnesium, and broth is mostly salt: about 370 mg of sodium per 100 g.",
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
                verdict: "Do not use it",
                answer: &[
                    s(
                        "Quinine can cause serious and sometimes fatal side effects, including blood disorders, and its benefit for cramps is small. US regulators warn against using it for leg cramps.",
                        &[FdaQuinine],
                    ),
                    s(
                        "In the UK it is not used routinely; only a doctor can judge whether it is worth trying, after other causes are ruled out and stretching has not helped. It is not safe in pregnancy. Tonic water is not a treatment.",
                        &[Mhra, Cochrane2020Pregnancy],
                    ),
                ],
            },
        ],
    },
    Section {
        id: "red-flags",
        title: "Red flags: when to get help",
        blocks: &[
            Block::Flags {
                urgency: "Call your local emergency number",
                level: 3,
                items: &[RED_FLAG_EMERGENCY],
            },
            Block::Flags {
                urgency: "Get urgent medical help today",
                level: 2,
                items: &[
                    RED_FLAG_DVT,
                    s(
                        "Cramps after a cut or wound that was dirty (for example with soil), which can mean tetanus, or after contact with a poison such as lead or mercury.",
                        &[NhsLegCramps, MayoNightCramps],
                    ),
                    s(
                        "Cramps after losing a lot of fluid: being sick, diarrhoea or heavy sweating.",
                        &[Merck],
                    ),
                ],
            },
            Block::Flags {
                urgency: "See a doctor",
                level: 1,
                items: &[
                    RED_FLAG_TEN_MINUTES,
                    s(
                        "Numbness, swelling, weakness or shrinking muscles with the cramps.",
                        &[NhsLegCramps, MayoNightCramps],
                    ),
                    s(
                        "Cramps that started after a new medicine.",
                        &[Merck],
                    ),
                    s(
                        "Cramps that wake you often or leave you tired in the day.",
                        &[NhsLegCramps, MayoNightCramps],
                    ),
                    s(
                        "Leg pain that comes when you walk and stops when you rest.",
                        &[Merck, Aafp2012],
                    ),
                ],
            },
        ],
    },
];

/// The note shown with the content.
pub const NOT_A_DIAGNOSIS: &str = "Uncramp gives general information about leg cramps, based on the sources listed. It is not a diagnosis and does not replace a doctor, nurse or pharmacist.";

/// Every statement on the page.
pub fn statements() -> Vec<Statement> {
    let mut out = Vec::new();
    for section in SECTIONS {
        for block in section.blocks {
            match block {
                Block::Para(st) => out.push(*st),
                Block::List(items) | Block::Flags { items, .. } => out.extend_from_slice(items),
                Block::Myth { answer, .. } => out.extend_from_slice(answer),
            }
        }
    }
    out
}

fn esc(text: &str) -> String {
    text.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
        .replace('"', "&quot;")
}

fn refs(sources: &[Src]) -> String {
    sources
        .iter()
        .map(|src| {
            format!(
                r##"<a class="ref" href="learn/#src-{n}" aria-label="Source {n}: {short}">[{n}]</a>"##,
                n = src.number(),
                short = esc(src.short())
            )
        })
        .collect::<Vec<_>>()
        .join("")
}

fn statement(st: &Statement) -> String {
    let badge = st.strength.map_or(String::new(), |k| {
        format!(
            r#" <span class="badge badge--{}">{}</span>"#,
            k.name(),
            esc(k.label())
        )
    });
    format!("{} {}{badge}", esc(st.text), refs(st.sources))
}

/// The Learn page's content as HTML (sections, then the sources), with no scripts or styles.
pub fn render_html() -> String {
    let mut out = String::new();
    out.push_str(r#"<nav class="toc" aria-label="On this page"><ul>"#);
    for section in SECTIONS {
        let _ = write!(
            out,
            r##"<li><a href="learn/#{}">{}</a></li>"##,
            section.id,
            esc(section.title)
        );
    }
    out.push_str(r##"<li><a href="learn/#sources">Sources</a></li></ul></nav>"##);
    for section in SECTIONS {
        let class = if section.id == "red-flags" {
            " learn__section--flags"
        } else {
            ""
        };
        let _ = write!(
            out,
            r#"<section class="card learn__section{class}" id="{id}" aria-labelledby="{id}-title"><h2 class="card__title" id="{id}-title">{title}</h2>"#,
            id = section.id,
            title = esc(section.title)
        );
        for block in section.blocks {
            match block {
                Block::Para(st) => {
                    let _ = write!(out, "<p>{}</p>", statement(st));
                }
                Block::List(items) => {
                    out.push_str(r#"<ul class="plain-list">"#);
                    for st in *items {
                        let _ = write!(out, "<li>{}</li>", statement(st));
                    }
                    out.push_str("</ul>");
                }
                Block::Myth {
                    claim,
                    verdict,
                    answer,
                } => {
                    let _ = write!(
                        out,
                        r#"<div class="myth"><h3 class="myth__claim">{}</h3><p class="myth__verdict"><strong>{}.</strong></p>"#,
                        esc(claim),
                        esc(verdict)
                    );
                    for st in *answer {
                        let _ = write!(out, "<p>{}</p>", statement(st));
                    }
                    out.push_str("</div>");
                }
                Block::Flags {
                    urgency,
                    level,
                    items,
                } => {
                    let _ = write!(
                        out,
                        r#"<div class="flags flags--{level}"><h3 class="flags__title">{}</h3><ul class="plain-list">"#,
                        esc(urgency)
                    );
                    for st in *items {
                        let _ = write!(out, "<li>{}</li>", statement(st));
                    }
                    out.push_str("</ul></div>");
                }
            }
        }
        out.push_str("</section>");
    }
    out.push_str(r#"<section class="card learn__sources" id="sources" aria-labelledby="sources-title"><h2 class="card__title" id="sources-title">Sources</h2><ol class="sources">"#);
    for src in Src::ALL {
        let _ = write!(
            out,
            r#"<li id="src-{n}">{citation} <a href="{url}" rel="external noopener noreferrer" target="_blank">{url_text}</a></li>"#,
            n = src.number(),
            citation = esc(src.citation()),
            url = esc(src.url()),
            url_text = esc(src
                .url()
                .trim_start_matches("https://")
                .trim_end_matches('/')),
        );
    }
    out.push_str("</ol></section>");
    out
}
