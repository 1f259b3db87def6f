//! Line drawings of each stretch (inline SVG, drawn in the current text colour with the
//! stretched muscle in the brand colour, so they read in every theme).

use crate::domain::language::{t, Lang};
use crate::domain::stretch::routine::Pose;

const FLOOR: &str = r#"<path class="art__floor" d="M8 114H152"/>"#;

/// The drawing of `pose`, with a text alternative for screen readers (in `lang`).
pub fn svg(pose: Pose, lang: Lang) -> String {
    let (label, body) = match pose {
        Pose::CalfPull | Pose::CalfSeated => (
            t(
                lang,
                "Sitting with the leg straight, pulling the toes up with a towel looped round the foot",
                "Zittend met het been gestrekt, de tenen naar u toe getrokken met een handdoek om de voet",
            ),
            r#"<circle cx="34" cy="44" r="9"/>
<path d="M36 54 44 92M40 64 90 78M44 92H118"/>
<path class="art__hi" d="M84 92H116"/>
<path d="M118 92 126 70"/>
<path class="art__strap" d="M90 78C104 70 116 66 125 72"/>
<path class="art__arrow" d="M142 74C144 62 138 54 128 52M128 52l6-5M128 52l6 5"/>"#,
        ),
        Pose::StandLoad => (
            t(
                lang,
                "Standing with weight on the cramping leg, knee slightly bent, one hand on a chair",
                "Staand met het gewicht op het been met de kramp, de knie iets gebogen, één hand op een stoel",
            ),
            r#"<circle cx="64" cy="20" r="9"/>
<path d="M64 30V66M64 40 98 56M64 66 56 90 60 112M64 66 78 90 80 112"/>
<path class="art__hi" d="M57 92 60 110"/>
<path d="M104 48V112M104 80H132V112"/>
<path class="art__arrow" d="M40 40V70M40 70l-5-7M40 70l5-7"/>"#,
        ),
        Pose::WallLean => (
            t(
                lang,
                "Leaning into a wall with arms straight, the back leg straight and its heel down",
                "Tegen een muur leunend met gestrekte armen, het achterste been gestrekt en de hiel op de grond",
            ),
            r#"<path class="art__wall" d="M142 8V114"/>
<circle cx="108" cy="28" r="9"/>
<path d="M104 37 78 70M100 44 140 42M78 70 100 90 100 112M78 70 44 112 32 112"/>
<path class="art__hi" d="M62 90 46 110"/>"#,
        ),
        Pose::MassageWalk => (
            t(
                lang,
                "Walking around gently",
                "Rustig rondlopen",
            ),
            r#"<circle cx="70" cy="18" r="9"/>
<path d="M70 28V64M70 38 54 58M70 38 88 56M70 64 56 92 52 110M70 64 86 90 92 108"/>
<path class="art__arrow" d="M116 70h24M126 62h14M112 78h28"/>"#,
        ),
        Pose::FootPull => (
            t(
                lang,
                "A hand pulling the toes back towards the shin",
                "Een hand die de tenen naar het scheenbeen trekt",
            ),
            r#"<path d="M50 10V80C50 88 56 94 64 94H104L118 74"/>
<path class="art__hi" d="M64 94H102"/>
<path d="M112 68c6-6 14-4 16 2l-6 12"/>
<path class="art__arrow" d="M134 60C130 44 116 36 100 38M100 38l7-5M100 38l6 6"/>"#,
        ),
        Pose::HamstringSeated => (
            t(
                lang,
                "Sitting with the legs straight, leaning forward and reaching towards the ankles",
                "Zittend met gestrekte benen, voorovergebogen en reikend naar de enkels",
            ),
            r#"<circle cx="76" cy="50" r="9"/>
<path d="M68 58 40 92M62 64 112 84M40 92H124V76"/>
<path class="art__hi" d="M46 92H84"/>
<path class="art__arrow" d="M96 58h22M118 58l-6-5M118 58l-6 5"/>"#,
        ),
        Pose::HamstringStanding => (
            t(
                lang,
                "Standing, one heel on a low step with the leg straight, leaning forward from the hips",
                "Staand, één hiel op een lage trede met het been gestrekt, vanuit de heupen voorovergebogen",
            ),
            r#"<circle cx="94" cy="36" r="9"/>
<path d="M88 44 60 70M80 52 96 80M60 70 58 112M60 70 118 96"/>
<path class="art__hi" d="M66 74 104 90"/>
<path d="M104 98H144V114"/>"#,
        ),
        Pose::HamstringChair => (
            t(
                lang,
                "Standing with both legs straight, leaning forward from the hips, one hand on a chair",
                "Staand met beide benen gestrekt, vanuit de heupen voorovergebogen, één hand op een stoel",
            ),
            r#"<circle cx="108" cy="44" r="9"/>
<path d="M98 50 62 62M62 62 58 112M62 62 70 112M94 52 118 72"/>
<path class="art__hi" d="M58 70 58 98"/>
<path d="M122 60V112M122 86H146V112"/>"#,
        ),
        Pose::QuadStanding => (
            t(
                lang,
                "Standing on one leg, holding the other ankle behind with the heel towards the bottom",
                "Staand op één been, de andere enkel achter vastgepakt met de hiel naar de billen",
            ),
            r#"<path class="art__wall" d="M112 8V114"/>
<circle cx="70" cy="18" r="9"/>
<path d="M70 28V64M70 38 110 44M70 40 54 70M70 64V112M70 64 76 92 54 70"/>
<path class="art__hi" d="M70 66 75 88"/>"#,
        ),
        Pose::Rest => (
            t(
                lang,
                "Relaxed, breathing normally",
                "Ontspannen, gewoon ademend",
            ),
            r#"<circle cx="80" cy="60" r="14"/>
<circle class="art__soft" cx="80" cy="60" r="30"/>
<circle class="art__soft" cx="80" cy="60" r="46"/>"#,
        ),
    };
    format!(
        r#"<svg class="art" viewBox="0 0 160 120" role="img" aria-label="{label}"><g fill="none" stroke="currentColor" stroke-width="5" stroke-linecap="round" stroke-linejoin="round">{body}{}</g></svg>"#,
        if matches!(pose, Pose::Rest) {
            ""
        } else {
            FLOOR
        }
    )
}
