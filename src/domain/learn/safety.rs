//! Red flags: when a leg cramp may be something else, and how urgently to get help.
//!
//! [`RED_FLAGS`] is the one table. The Learn page, the guide's flag sheet, its 10-minute
//! alert and the clot check on the first Cramp-now step all read it; nothing else in the app
//! writes a red flag in its own words (`tests/content.rs` checks that the guide shows only
//! flags from here and that every flag has a source).
//!
//! Triage follows the sources (shared/health/REVIEW-2026-11-29.md H1, H2, W1-W5, and
//! REVIEW-2026-12-05.md H3, W10-W11, K22-K29, S9): emergency (call the emergency number now),
//! urgent (your doctor or their out-of-hours service, today or straight away) and see a
//! doctor. The in-the-moment lines say "your emergency number", which works in any country;
//! the urgent route names NHS 111 only where it is right (England, Scotland, Wales) and gives
//! the way for other places beside it.

use crate::domain::language::Lang;
use crate::domain::learn::sources::Src;

/// How urgently to get help.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Level {
    /// Call your local emergency number now.
    Emergency,
    /// Get medical advice today or straight away: your doctor or their out-of-hours service.
    Urgent,
    /// Book a visit to a doctor.
    SeeDoctor,
}

impl Level {
    pub const ALL: [Level; 3] = [Level::Emergency, Level::Urgent, Level::SeeDoctor];

    /// The heading of the level's group: what to do.
    pub fn heading(self) -> &'static str {
        self.heading_in(Lang::En)
    }

    /// [`Level::heading`] in `lang`: each language's own route to care.
    pub fn heading_in(self, lang: Lang) -> &'static str {
        if lang.words() == Lang::Nl {
            return match self {
                Level::Emergency => "Spoed: bel nu 112",
                Level::Urgent => {
                    "Dringend: vraag vandaag medisch advies, of meteen als dat erbij staat. Bel de huisarts; 's\u{a0}avonds, 's\u{a0}nachts, in het weekend en op feestdagen de huisartsenpost. In België belt u de huisarts van wacht via 1733 (of het wachtnummer in uw regio), of u gaat naar de spoeddienst van een ziekenhuis"
                }
                Level::SeeDoctor => "Naar de huisarts: maak een afspraak",
            };
        }
        match self {
            Level::Emergency => {
                "Emergency: call your local emergency number now (999 in the UK, 911 in the US, 112 in the EU)"
            }
            Level::Urgent => {
                "Urgent: get medical advice today, or straight away where it says so. Call your doctor, or their out-of-hours service when the surgery is closed (NHS 111 in England, Scotland and Wales; GP out of hours in Northern Ireland; 116 117 in Germany and some other European countries). If you cannot reach anyone, go to an urgent care centre or an emergency department"
            }
            Level::SeeDoctor => "See a doctor: book an appointment",
        }
    }

    /// One word or two, before a flag in a short list.
    pub fn short(self) -> &'static str {
        match self {
            Level::Emergency => "Emergency",
            Level::Urgent => "Urgent",
            Level::SeeDoctor => "See a doctor",
        }
    }

    /// The CSS modifier and anchor name.
    pub fn name(self) -> &'static str {
        match self {
            Level::Emergency => "emergency",
            Level::Urgent => "urgent",
            Level::SeeDoctor => "doctor",
        }
    }
}

/// One red flag.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct RedFlag {
    /// Stable name, for tests and anchors.
    pub id: &'static str,
    pub level: Level,
    /// What to look for, and what it may mean.
    pub text: &'static str,
    /// A worse form of the same sign that needs the emergency number.
    pub escalate: Option<&'static str>,
    pub sources: &'static [Src],
    /// What the guide says aloud when it raises this flag (its 10-minute alert).
    pub spoken: Option<&'static str>,
}

/// A red flag's words in Dutch, and the Dutch-language sources that say the same (listed with
/// the Dutch text only, before the flag's own sources).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Dutch {
    pub text: &'static str,
    pub escalate: Option<&'static str>,
    pub spoken: Option<&'static str>,
    pub sources: &'static [Src],
}

impl RedFlag {
    /// The same flag in Dutch, for the Netherlands and Flanders: the same sign at the same
    /// level, with the Dutch route (112, the huisarts, the huisartsenpost or 1733).
    pub fn dutch(&self) -> &'static Dutch {
        let at = RED_FLAGS
            .iter()
            .position(|f| f.id == self.id)
            .expect("a red flag of RED_FLAGS");
        &RED_FLAGS_NL[at]
    }

    /// The text with its emergency part, as one paragraph.
    pub fn full_text(&self) -> String {
        self.full_text_in(Lang::En)
    }

    /// What to look for, and what it may mean, in `lang`.
    pub fn text_in(&self, lang: Lang) -> &'static str {
        match lang.words() {
            Lang::En => self.text,
            Lang::Nl => self.dutch().text,
        }
    }

    /// The worse form that needs the emergency number, in `lang`.
    pub fn escalate_in(&self, lang: Lang) -> Option<&'static str> {
        match lang.words() {
            Lang::En => self.escalate,
            Lang::Nl => self.dutch().escalate,
        }
    }

    /// What the guide says aloud of this flag, in `lang`.
    pub fn spoken_in(&self, lang: Lang) -> Option<&'static str> {
        match lang.words() {
            Lang::En => self.spoken,
            Lang::Nl => self.dutch().spoken,
        }
    }

    /// The sources listed with the flag in `lang`: in Dutch, the Dutch ones first.
    pub fn sources_in(&self, lang: Lang) -> Vec<Src> {
        match lang.words() {
            Lang::En => self.sources.to_vec(),
            Lang::Nl => self
                .dutch()
                .sources
                .iter()
                .chain(self.sources)
                .copied()
                .collect(),
        }
    }

    /// [`RedFlag::full_text`] in `lang`.
    pub fn full_text_in(&self, lang: Lang) -> String {
        let text = self.text_in(lang);
        match self.escalate_in(lang) {
            Some(more) => format!("{text} {more}"),
            None => text.to_owned(),
        }
    }
}

use Level::*;
use Src::*;

/// What the guide says aloud of the flags it speaks (the 10-minute alert names them).
const LUNGS_SPOKEN: &str =
    "If you are short of breath or have chest pain, call your emergency number now.";
const STROKE_SPOKEN: &str = "If you have sudden weakness or numbness on one side, or your face droops or your speech is slurred, call your emergency number now.";
const CLOT_SPOKEN: &str = "If one leg is swollen, warm, red or darker, it may be a blood clot: do not rub it, and get medical advice today.";
const LUNGS_SPOKEN_NL: &str = "Bent u benauwd of hebt u pijn op de borst, bel dan nu 112.";
const STROKE_SPOKEN_NL: &str = "Hebt u plotseling minder kracht of een doof gevoel aan één kant, een scheve mond of onduidelijke spraak, bel dan nu 112.";
const CLOT_SPOKEN_NL: &str = "Is één been dik, warm, rood of donkerder, dan kan het trombose zijn: wrijf er niet over, en bel vandaag de huisarts of de huisartsenpost.";

/// Every red flag, most urgent first ([`RED_FLAGS`]), each with its Dutch right after it so a
/// review reads them together. The Dutch go to a table of their own ([`RedFlag::dutch`]), so a
/// build for one language (`domain::language::BUILT_FOR`) leaves the other's words out.
macro_rules! red_flags {
    ($(RedFlag { $($field:ident: $value:expr),* $(,)? } nl Dutch { $($nl_field:ident: $nl_value:expr),* $(,)? }),* $(,)?) => {
        /// Every red flag, most urgent first.
        pub static RED_FLAGS: &[RedFlag] = &[$(RedFlag { $($field: $value),* }),*];
        /// The Dutch of [`RED_FLAGS`], in the same order.
        static RED_FLAGS_NL: &[Dutch] = &[$(Dutch { $($nl_field: $nl_value),* }),*];
    };
}

red_flags! {
    RedFlag {
        id: "lungs",
        level: Emergency,
        text: "Sudden breathlessness, chest pain (often worse when you breathe in) or coughing up blood, with or without a painful or swollen leg. This can be a blood clot that has reached the lungs.",
        escalate: None,
        sources: &[NhsDvt],
        spoken: Some(LUNGS_SPOKEN),
    } nl Dutch {
        text: "Plotseling benauwd, pijn op de borst (vaak erger bij inademen) of bloed ophoesten, met of zonder een pijnlijk of dik been. Dit kan een bloedstolsel in de longen zijn (longembolie).",
        escalate: None,
        spoken: Some(LUNGS_SPOKEN_NL),
        sources: &[ThuisartsLongembolie],
    },
    RedFlag {
        id: "stroke",
        level: Emergency,
        text: "Sudden weakness or numbness, above all on one side of the body (face, arm or leg), a face that droops on one side, or speech that is slurred or muddled. This can be a stroke: call your emergency number now, even if it goes away.",
        escalate: None,
        sources: &[NhsStroke],
        spoken: Some(STROKE_SPOKEN),
    } nl Dutch {
        text: "Plotseling minder kracht of een doof gevoel, vooral aan één kant van het lichaam (gezicht, arm of been), een scheve mond, of onduidelijke of verwarde spraak. Dit kan een beroerte zijn: bel nu 112, ook als het weer overgaat.",
        escalate: None,
        spoken: Some(STROKE_SPOKEN_NL),
        sources: &[HartstichtingBeroerte],
    },
    RedFlag {
        id: "clot",
        level: Urgent,
        text: "One leg (calf or thigh) that is swollen, warm, red or darker than usual (harder to see on brown or black skin), or has hard, sore veins; or pain or tenderness in one leg that does not come and go like a cramp: it stays between cramps or after the cramp has let go (not just the usual soreness the next day), or gets worse when you walk or pull your toes up. These can be a blood clot (deep vein thrombosis), not a cramp: do not rub or stretch the leg, and get medical advice today.",
        escalate: None,
        sources: &[NhsDvt, NiceCks],
        spoken: Some(CLOT_SPOKEN),
    } nl Dutch {
        text: "Eén been (kuit of bovenbeen) dat dik, warm, rood of donkerder is dan anders (op een bruine of zwarte huid minder goed te zien), of harde, pijnlijke aders heeft; of pijn of gevoeligheid bij aanraken in één been die niet komt en gaat zoals kramp: het blijft tussen de krampen door of nadat de kramp over is (niet alleen de gewone spierpijn de dag erna), of het wordt erger als u loopt of uw tenen naar u toe trekt. Dit kan trombose zijn (een trombosebeen), geen kramp: wrijf of rek het been niet, en bel vandaag de huisarts (buiten kantooruren de huisartsenpost; in België 1733).",
        escalate: None,
        spoken: Some(CLOT_SPOKEN_NL),
        sources: &[ThuisartsTrombosebeen],
    },
    RedFlag {
        id: "long-cramp",
        level: Urgent,
        text: "A cramp that lasts longer than 10 minutes and is not easing with stretching, or severe cramping that keeps going: get medical advice now.",
        escalate: None,
        sources: &[Nidirect, MayoNightCramps],
        spoken: None,
    } nl Dutch {
        text: "Een kramp die langer dan 10 minuten duurt en niet minder wordt door rekken, of hevige kramp die maar doorgaat: vraag nu medisch advies.",
        escalate: None,
        spoken: None,
        sources: &[],
    },
    RedFlag {
        id: "statin",
        level: Urgent,
        text: "You take a statin and have new muscle pain, tenderness, weakness or cramps that you cannot explain: stop the statin and get medical advice straight away. These can be signs of muscle damage.",
        escalate: None,
        sources: &[NhsStatins],
        spoken: None,
    } nl Dutch {
        text: "U gebruikt een statine (een middel tegen cholesterol) en hebt nieuwe spierpijn, gevoelige of slappe spieren of krampen zonder duidelijke reden: stop met de statine en bel meteen uw huisarts (buiten kantooruren de huisartsenpost). Dit kunnen tekenen van spierschade zijn.",
        escalate: None,
        spoken: None,
        sources: &[],
    },
    RedFlag {
        id: "dark-urine",
        level: Urgent,
        text: "Dark urine (the colour of tea or cola) with muscle pain or weakness, especially after hard exercise, heat or a new medicine. This can be muscle breakdown (rhabdomyolysis), which can harm the kidneys: get medical help today.",
        escalate: Some("Call an ambulance if you pass little or no urine or feel very unwell."),
        sources: &[NhsStatins, MedlinePlusRhabdo],
        spoken: None,
    } nl Dutch {
        text: "Donkere urine (de kleur van thee of cola) met spierpijn of slappe spieren, vooral na zware inspanning, hitte of een nieuw medicijn. Dit kan spierafbraak zijn (rabdomyolyse), die de nieren kan beschadigen: vraag vandaag medisch advies.",
        escalate: Some("Bel 112 als u weinig of niet plast of als u zich erg ziek voelt."),
        spoken: None,
        sources: &[],
    },
    RedFlag {
        id: "pregnancy",
        level: Urgent,
        text: "You are pregnant or gave birth in the last few weeks, and one leg is swollen, red or warm, or has pain that does not go away after the cramp; or you have a severe headache, problems with your vision (such as blurring or flashing), pain just below the ribs, vomiting, or sudden swelling of your face, hands or feet: call your midwife or doctor straight away (out of hours, NHS 111 in England, Scotland and Wales).",
        escalate: None,
        sources: &[NhsPreEclampsia, NhsDvt],
        spoken: None,
    } nl Dutch {
        text: "U bent zwanger of bent de laatste weken bevallen, en één been is dik, rood of warm, of doet pijn die na de kramp niet overgaat; of u hebt hevige hoofdpijn, last van uw ogen (zoals wazig zien of lichtflitsen), pijn net onder de ribben (boven in de buik), overgeven, of plotseling een opgezwollen gezicht, handen of voeten: bel meteen uw verloskundige of gynaecoloog (in België: uw vroedvrouw of gynaecoloog), ook 's\u{a0}nachts. Kunt u hen niet bereiken, bel dan de huisarts of de huisartsenpost.",
        escalate: None,
        spoken: None,
        sources: &[],
    },
    RedFlag {
        id: "weakness",
        level: Urgent,
        text: "New weakness, or loss of feeling in part of your body, with the cramps; or muscle twitching with weakness: get medical advice straight away.",
        escalate: Some("If it came on suddenly, or is on one side of your body, call your emergency number now: it may be a stroke."),
        sources: &[Merck, NhsStroke],
        spoken: None,
    } nl Dutch {
        text: "Nieuwe spierzwakte (minder kracht), of minder gevoel in een deel van uw lichaam, samen met de krampen; of spiertrekkingen met minder kracht: vraag meteen medisch advies.",
        escalate: Some("Kwam het plotseling, of is het aan één kant van uw lichaam, bel dan nu 112: het kan een beroerte zijn."),
        spoken: None,
        sources: &[HartstichtingBeroerte],
    },
    RedFlag {
        id: "elsewhere",
        level: Urgent,
        text: "Cramps in your chest, arms or belly: get medical advice straight away.",
        escalate: Some("If it is chest pain, call your emergency number."),
        sources: &[Merck],
        spoken: None,
    } nl Dutch {
        text: "Kramp in uw borst, armen of buik: vraag meteen medisch advies.",
        escalate: Some("Is het pijn op de borst, bel dan 112."),
        spoken: None,
        sources: &[],
    },
    RedFlag {
        id: "fluid-loss",
        level: Urgent,
        text: "Cramps after losing a lot of fluid: being sick, diarrhoea, heavy sweating, or passing much more urine than usual on water tablets (for example after the dose went up): get medical advice straight away.",
        escalate: None,
        sources: &[Merck],
        spoken: None,
    } nl Dutch {
        text: "Krampen nadat u veel vocht bent kwijtgeraakt: door overgeven, diarree, veel zweten, of doordat u veel meer plast dan anders door plastabletten (bijvoorbeeld nadat de dosis is verhoogd): vraag meteen medisch advies.",
        escalate: None,
        spoken: None,
        sources: &[],
    },
    RedFlag {
        id: "tetanus",
        level: Urgent,
        text: "Cramps after a cut or wound that was dirty (for example with soil), which can mean tetanus, or after contact with a poison such as lead or mercury: get medical advice straight away.",
        escalate: Some("A stiff jaw, spasms that spread, or trouble swallowing or breathing: call your emergency number."),
        sources: &[Nidirect, MayoNightCramps, NhsTetanus],
        spoken: None,
    } nl Dutch {
        text: "Krampen na een vuile snee of wond (bijvoorbeeld met aarde erin), want dat kan tetanus zijn, of na contact met een gif zoals lood of kwik: vraag meteen medisch advies.",
        escalate: Some("Een stijve kaak, krampen die zich uitbreiden, of moeite met slikken of ademen: bel 112."),
        spoken: None,
        sources: &[],
    },
    RedFlag {
        id: "often-long",
        level: SeeDoctor,
        text: "Cramps that often last several minutes, or one that lasted longer than 10 minutes before it eased.",
        escalate: None,
        sources: &[NhsLegCramps],
        spoken: None,
    } nl Dutch {
        text: "Krampen die vaak meerdere minuten duren, of een kramp die langer dan 10 minuten duurde voordat hij over was.",
        escalate: None,
        spoken: None,
        sources: &[],
    },
    RedFlag {
        id: "sleep",
        level: SeeDoctor,
        text: "Cramps that wake you often or leave you tired in the day.",
        escalate: None,
        sources: &[NhsLegCramps, MayoNightCramps],
        spoken: None,
    } nl Dutch {
        text: "Krampen waar u vaak wakker van wordt, of waardoor u overdag moe bent.",
        escalate: None,
        spoken: None,
        sources: &[],
    },
    RedFlag {
        id: "numb-both",
        level: SeeDoctor,
        text: "Numbness or swelling in both legs with the cramps (swelling in one leg: see Urgent).",
        escalate: None,
        sources: &[NhsLegCramps],
        spoken: None,
    } nl Dutch {
        text: "Een doof gevoel of zwelling in beide benen, samen met de krampen (zwelling in één been: zie Dringend).",
        escalate: None,
        spoken: None,
        sources: &[],
    },
    RedFlag {
        id: "wasting",
        level: SeeDoctor,
        text: "Muscles that are slowly getting thinner or weaker, with cramps.",
        escalate: None,
        sources: &[MayoNightCramps],
        spoken: None,
    } nl Dutch {
        text: "Spieren die langzaam dunner of zwakker worden, samen met krampen.",
        escalate: None,
        spoken: None,
        sources: &[],
    },
    RedFlag {
        id: "new-medicine",
        level: SeeDoctor,
        text: "Cramps that started after a new medicine (for a statin, see Urgent): talk to your doctor within a day or two, and do not stop it on your own.",
        escalate: None,
        sources: &[Merck],
        spoken: None,
    } nl Dutch {
        text: "Krampen die begonnen na een nieuw medicijn (voor een statine: zie Dringend): overleg binnen een dag of twee met uw huisarts, en stop er niet zelf mee.",
        escalate: None,
        spoken: None,
        sources: &[],
    },
    RedFlag {
        id: "alcohol",
        level: SeeDoctor,
        text: "Cramps when you drink a lot of alcohol.",
        escalate: None,
        sources: &[Merck],
        spoken: None,
    } nl Dutch {
        text: "Krampen als u veel alcohol drinkt.",
        escalate: None,
        spoken: None,
        sources: &[],
    },
    RedFlag {
        id: "walking",
        level: SeeDoctor,
        text: "Leg pain that comes when you walk and stops when you rest.",
        escalate: None,
        sources: &[Merck, Aafp2012],
        spoken: None,
    } nl Dutch {
        text: "Pijn in uw been die komt als u loopt en overgaat als u stilstaat (etalagebenen).",
        escalate: None,
        spoken: None,
        sources: &[],
    },
    RedFlag {
        id: "child",
        level: SeeDoctor,
        text: "A child with night leg pain that is in one leg only, is still there in the morning, makes them limp, or comes with a fever, swelling or redness. In children, night leg pain is more often growing pains than cramps, and these signs point to something else.",
        escalate: None,
        sources: &[NhsGrowingPains],
        spoken: None,
    } nl Dutch {
        text: "Een kind met pijn in de benen 's\u{a0}nachts die in één been zit, 's\u{a0}ochtends nog niet over is, het kind laat hinken, of samengaat met koorts, zwelling of roodheid. Bij kinderen is pijn in de benen 's\u{a0}nachts vaker groeipijn dan kramp, en deze tekenen wijzen op iets anders. Loopt het kind mank, of heeft het koorts en is het erg ziek? Bel dan dezelfde dag de huisarts.",
        escalate: None,
        spoken: None,
        sources: &[],
    },
}

/// The flags of one level, in table order.
pub fn at_level(level: Level) -> impl Iterator<Item = &'static RedFlag> {
    RED_FLAGS.iter().filter(move |f| f.level == level)
}

/// The flag named `id`.
pub fn flag(id: &str) -> Option<&'static RedFlag> {
    RED_FLAGS.iter().find(|f| f.id == id)
}

/// What the guide's "Red flags" sheet lists: every emergency and urgent flag, not a shortened
/// list (REVIEW K16). The see-a-doctor flags are on the Learn page it links to.
pub fn flag_sheet() -> impl Iterator<Item = &'static RedFlag> {
    RED_FLAGS.iter().filter(|f| f.level != SeeDoctor)
}

/// The check that costs a person in pain nothing: one short line with what to do, always
/// visible on the home view and on every step of a Cramp-now routine, and wherever the app
/// speaks without the wasm (index.html, the crash page, the offline Learn fallback).
pub const CLOT_CHECK: &str = "One leg swollen, warm, red or darker? It may be a clot: don't rub or stretch it, get medical advice today. Breathless or chest pain? Call your emergency number.";
/// The clot check on the later steps of a Cramp-now routine, in one line (the picture of the
/// step needs the room): the signs and what to do, with the link to the red flags.
pub const CLOT_CHECK_SHORT: &str =
    "One leg swollen, warm, red or darker? Don't rub it: get medical advice today.";
/// The link after [`CLOT_CHECK`].
pub const CLOT_CHECK_LINK: &str = "See red flags";
/// The sources of the clot check (the `clot` and `lungs` flags).
pub const CLOT_CHECK_SOURCES: &[Src] = &[NhsDvt];
/// The same warning as one spoken sentence, said before the first Cramp-now step.
pub const CLOT_CHECK_SPOKEN: &str = "If one leg is swollen, warm, red or darker, do not rub or stretch it: get medical advice today, and if you are short of breath or have chest pain, call your emergency number.";

/// Said on the finished screen of a cramp that lasted more than 10 minutes before it eased
/// (the `often-long` flag: see a doctor), with the clot signs (the `clot` flag). Never for a
/// cramp that has not eased: that one keeps the urgent alert (REVIEW W10).
pub const AFTER_LONG_CRAMP: &str = "This cramp lasted more than 10 minutes before it eased. Book an appointment with your doctor about it. If one leg is swollen, warm, red or darker, get medical advice today.";

/// The guide's alert for a cramp that has gone on for 10 minutes and is not easing.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LongCrampAlert {
    /// The first line, in bold.
    pub lead: &'static str,
    /// What to do, at the `long-cramp` flag's level (urgent).
    pub advice: &'static str,
    /// Said aloud once when the alert appears.
    pub spoken: String,
}

/// The 10-minute alert, built from the table (`long-cramp` for what to do; the flags with
/// spoken words for the emergency and clot signs).
pub fn long_cramp_alert() -> LongCrampAlert {
    long_cramp_alert_in(Lang::En)
}

const LONG_CRAMP_LEAD: &str = "This cramp has lasted 10 minutes.";
// Urgent and now, as the `long-cramp` flag (a test keeps the two in step).
const LONG_CRAMP_ADVICE: &str = "If it is not easing, get medical advice now: call your doctor or their out-of-hours service (NHS 111 in England, Scotland and Wales; 116 117 in Germany), or go to an urgent care centre. Call your emergency number if you are short of breath, have chest pain, or have sudden weakness or numbness on one side. A blood clot can feel like a cramp: check the signs below.";
const LONG_CRAMP_SPOKEN_LEAD: &str =
    "This cramp has lasted 10 minutes. If it is not easing, get medical advice now.";

/// What the guide says about safety, in one language: the clot check (shown and spoken), the
/// line after a long cramp that eased, and the 10-minute alert. Each language's record follows
/// its own country's route to care and names its own sources; the triage is the same (clot
/// signs: medical advice today; breathlessness, chest pain and stroke signs: the emergency
/// number now; a cramp not easing after 10 minutes: medical advice now). `tests/content.rs`
/// checks the Dutch record's route.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct GuideSafety {
    pub clot_check: &'static str,
    pub clot_check_short: &'static str,
    pub clot_check_link: &'static str,
    pub clot_check_spoken: &'static str,
    pub after_long_cramp: &'static str,
    pub alert_lead: &'static str,
    pub alert_advice: &'static str,
    /// Said first when the alert opens; the signs follow.
    pub alert_spoken_lead: &'static str,
    /// The emergency and clot signs as said aloud after the alert's first words.
    pub alert_spoken_signs: &'static [&'static str],
    pub sources: &'static [Src],
}

/// The English record: the UK route with the fallbacks for other countries (the table above
/// is its source; the alert's spoken signs are the flags' `spoken` words, in table order).
const ENGLISH: GuideSafety = GuideSafety {
    clot_check: CLOT_CHECK,
    clot_check_short: CLOT_CHECK_SHORT,
    clot_check_link: CLOT_CHECK_LINK,
    clot_check_spoken: CLOT_CHECK_SPOKEN,
    after_long_cramp: AFTER_LONG_CRAMP,
    alert_lead: LONG_CRAMP_LEAD,
    alert_advice: LONG_CRAMP_ADVICE,
    alert_spoken_lead: LONG_CRAMP_SPOKEN_LEAD,
    alert_spoken_signs: &[LUNGS_SPOKEN, STROKE_SPOKEN, CLOT_SPOKEN],
    sources: &[NhsDvt, NhsLegCramps, Nidirect, Nhs111, Kbv116117, NhsStroke],
};

/// The Dutch record, for the Netherlands and Flanders: the huisarts by day, out of hours the
/// huisartsenpost (NL) or the huisarts van wacht through 1733 (BE), and 112 for an emergency.
/// Thuisarts.nl (NHG): "Een dik, rood en pijnlijk onderbeen kan een trombosebeen zijn. Bel met
/// deze klachten uw huisarts"; fast or painful breathing after it can be a longembolie.
const DUTCH: GuideSafety = GuideSafety {
    clot_check: "Eén been dik, warm, rood of donkerder? Misschien trombose: niet wrijven of rekken, bel vandaag de huisarts of huisartsenpost (België: 1733). Benauwd of pijn op de borst? Bel 112.",
    clot_check_short: "Eén been dik, warm, rood of donkerder? Niet wrijven: bel vandaag de huisarts of de huisartsenpost.",
    clot_check_link: "Bekijk de alarmsignalen",
    clot_check_spoken: "Is één been dik, warm, rood of donkerder, wrijf of rek het dan niet: bel vandaag de huisarts of de huisartsenpost. Bent u benauwd of hebt u pijn op de borst, bel dan 112.",
    after_long_cramp: "Deze kramp duurde meer dan 10 minuten voordat hij over was. Maak hierover een afspraak met de huisarts. Is één been dik, warm, rood of donkerder, bel dan vandaag de huisarts of de huisartsenpost.",
    alert_lead: "Deze kramp duurt al 10 minuten.",
    // "'s\u{a0}avonds": the "'s" never ends a line by itself.
    alert_advice: "Wordt de kramp niet minder? Vraag dan nu medisch advies: bel de huisarts, of 's\u{a0}avonds, 's\u{a0}nachts, in het weekend en op feestdagen de huisartsenpost (in België de huisarts van wacht via 1733 of het wachtnummer in uw regio). Bel 112 als u benauwd bent of pijn op de borst hebt, en ook bij plotseling minder kracht of een doof gevoel aan één kant, een scheve mond of onduidelijke spraak. Trombose kan voelen als kramp: is één been dik, warm, rood of donkerder, wrijf of rek het dan niet.",
    alert_spoken_lead: "Deze kramp duurt al 10 minuten. Wordt hij niet minder? Vraag dan nu medisch advies: bel de huisarts of de huisartsenpost.",
    alert_spoken_signs: &[LUNGS_SPOKEN_NL, STROKE_SPOKEN_NL, CLOT_SPOKEN_NL],
    sources: &[
        ThuisartsTrombosebeen,
        ThuisartsLongembolie,
        HartstichtingBeroerte,
        Be1733,
        PatientenfederatieSpoedzorg,
        NhsDvt,
        NhsStroke,
        Nidirect,
    ],
};

/// The guide's safety words in `lang`.
pub fn guide_safety(lang: Lang) -> &'static GuideSafety {
    match lang.words() {
        Lang::En => &ENGLISH,
        Lang::Nl => &DUTCH,
    }
}

/// [`long_cramp_alert`] in `lang`.
pub fn long_cramp_alert_in(lang: Lang) -> LongCrampAlert {
    let words = guide_safety(lang);
    LongCrampAlert {
        lead: words.alert_lead,
        advice: words.alert_advice,
        spoken: std::iter::once(words.alert_spoken_lead)
            .chain(words.alert_spoken_signs.iter().copied())
            .collect::<Vec<_>>()
            .join(" "),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_english_alert_says_the_spoken_flags_of_the_table_in_order() {
        let table: Vec<&str> = RED_FLAGS.iter().filter_map(|f| f.spoken).collect();
        assert_eq!(ENGLISH.alert_spoken_signs, table.as_slice());
    }

    #[test]
    fn every_flag_has_a_source_an_id_and_plain_text() {
        let mut ids = Vec::new();
        for f in RED_FLAGS {
            assert!(!f.sources.is_empty(), "{} has no source", f.id);
            assert!(!ids.contains(&f.id), "{} twice", f.id);
            ids.push(f.id);
            assert!(f.text.ends_with('.'), "{}", f.id);
            assert!(!f.text.to_lowercase().contains("quinine"));
        }
        for level in Level::ALL {
            assert!(at_level(level).count() > 0, "{level:?} is empty");
        }
        // Most urgent first.
        assert!(RED_FLAGS.windows(2).all(|w| w[0].level <= w[1].level));
    }

    #[test]
    fn triage_matches_the_review() {
        let level = |id| flag(id).map(|f| f.level);
        assert_eq!(level("lungs"), Some(Emergency), "W2");
        assert_eq!(level("stroke"), Some(Emergency), "H3");
        for id in [
            "clot",
            "long-cramp",
            "statin",
            "dark-urine",
            "pregnancy",
            "weakness",
            "elsewhere",
        ] {
            assert_eq!(level(id), Some(Urgent), "{id}");
        }
        for id in ["often-long", "numb-both", "wasting", "alcohol", "child"] {
            assert_eq!(level(id), Some(SeeDoctor), "{id}");
        }
        let clot = flag("clot").expect("clot").text;
        assert!(
            clot.contains("calf or thigh") && clot.contains("One leg"),
            "W1"
        );
        assert!(!clot.contains(" and painful"), "each symptom on its own");
        // W11: pain on its own is a clot sign only when it does not come and go like a cramp.
        assert!(!clot.starts_with("Pain") && clot.contains("does not come and go like a cramp"));
        assert!(!flag("pregnancy")
            .expect("pregnancy")
            .text
            .contains("swollen or painful"));
        // H3, K24: "straight away" where the sources say right away; a stroke is an emergency.
        for id in ["weakness", "elsewhere", "fluid-loss", "tetanus", "statin"] {
            assert!(flag(id).expect(id).text.contains("straight away"), "{id}");
        }
        assert!(flag("weakness")
            .and_then(|f| f.escalate)
            .is_some_and(|e| e.contains("emergency number") && e.contains("stroke")));
        assert!(flag("tetanus")
            .and_then(|f| f.escalate)
            .is_some_and(|e| e.contains("emergency number")));
        // K23: the pre-eclampsia signs the NHS lists.
        let pregnancy = flag("pregnancy").expect("pregnancy").text;
        for sign in [
            "severe headache",
            "vision",
            "below the ribs",
            "vomiting",
            "swelling",
        ] {
            assert!(pregnancy.contains(sign), "{sign}");
        }
        assert!(flag("statin")
            .expect("statin")
            .text
            .contains("stop the statin"));
        assert!(flag("dark-urine")
            .and_then(|f| f.escalate)
            .is_some_and(|e| e.contains("ambulance")));
    }

    #[test]
    fn the_guide_sheet_holds_every_urgent_and_emergency_flag() {
        let sheet: Vec<_> = flag_sheet().map(|f| f.id).collect();
        for f in RED_FLAGS {
            assert_eq!(sheet.contains(&f.id), f.level != SeeDoctor, "{}", f.id);
        }
    }

    #[test]
    fn the_long_cramp_alert_says_now_and_names_the_emergency_signs() {
        let alert = long_cramp_alert();
        let long = flag("long-cramp").expect("long-cramp");
        assert_eq!(long.level, Urgent);
        assert!(long.text.contains("now") && alert.advice.contains("now"));
        assert!(!alert.advice.contains("keep stretching"));
        for sign in ["short of breath", "chest pain", "one side", "blood clot"] {
            assert!(alert.advice.contains(sign), "{sign}");
        }
        assert!(alert.spoken.contains("now") && alert.spoken.contains("blood clot"));
        assert!(
            alert.spoken.contains("slurred"),
            "the stroke signs are said"
        );
        // K29, S9: NHS 111 only with where it works, and a way for everyone else.
        for text in [Level::Urgent.heading(), alert.advice] {
            assert!(text.contains("NHS 111 in England, Scotland and Wales"));
            assert!(text.contains("116 117") && text.contains("urgent care"));
            assert!(!text.contains("non-urgent"));
        }
        // K22: the clot check says what to do, in one short line.
        assert!(CLOT_CHECK.contains("don't rub") && CLOT_CHECK.contains("today"));
        assert!(CLOT_CHECK.len() <= 160, "one short line");
        assert!(CLOT_CHECK_SHORT.contains("today") && CLOT_CHECK_SHORT.len() <= 80);
        assert!(CLOT_CHECK_SPOKEN.ends_with('.') && CLOT_CHECK_SPOKEN.matches(". ").count() == 0);
    }
}
