//! The sources the app cites: original authorities (NHS, AAFP, NIH ODS, USDA, Cochrane, the
//! Hallegraeff trial, Mayo Clinic …), never the mirror sites the research was read through.
//! Every health statement in the app names at least one of these; a test checks it.

use crate::domain::language::{t, Lang};
/// One cited source.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Src {
    NhsLegCramps,
    NhsDvt,
    Aafp2012,
    AafpFpin2017,
    Cochrane2020Magnesium,
    Cochrane2020Pregnancy,
    Cochrane2021Stretching,
    Hallegraeff2012,
    MayoNightCramps,
    MayoHealthLetter,
    Aaos,
    NiceCks,
    Merck,
    NihOdsMagnesium,
    Iom1997,
    UsdaSr26,
    FdaQuinine,
    Mhra,
    Schwellnus2009,
    JAthlTrain2022,
    Morton2015,
    GarlicCochrane,
    UpToDate,
    NhsStatins,
    Miller2015,
    Coppin2005,
    MayoHeadToToe,
    Nidirect,
    NhsPreEclampsia,
    BopDhb,
    MedlinePlusRhabdo,
    EmcSmpc,
    NhsStroke,
    NhsTetanus,
    Nhs111,
    NidirectOutOfHours,
    Kbv116117,
    NhsGrowingPains,
    NiddkKidneyDiet,
    Garrison2012,
    Garrison2015,
    Sebo2019,
    /// Dutch: the NHG's patient site on a possible DVT (the Dutch guide's clot check).
    ThuisartsTrombosebeen,
    /// Belgian: the federal health service on 1733, the GP on duty out of hours.
    Be1733,
    /// Dutch: the NHG's patient site on a pulmonary embolism (the Dutch `lungs` flag).
    ThuisartsLongembolie,
    /// Dutch: the Dutch Heart Foundation on stroke signs (112, also when they pass).
    HartstichtingBeroerte,
    /// Dutch: the Dutch patients' federation on urgent care (the huisarts or huisartsenpost
    /// first, by phone; 112 when life is in danger).
    PatientenfederatieSpoedzorg,
    /// Belgian: the BCFI (the Belgian centre for pharmacotherapeutic information) on quinine for
    /// cramps (the Dutch quinine myth).
    BcfiKinine,
    /// Dutch: the Voedingscentrum on the Gezondheidsraad's 2018 revision of the vitamin and
    /// mineral norms, magnesium among them (the Dutch Learn page says whose figures it shows).
    VoedingscentrumNormen,
    /// The European Food Safety Authority's adequate intakes for magnesium (2015), the figures
    /// the Dutch targets follow unless the US ones are chosen (issue 23).
    Efsa2015Magnesium,
}

impl Src {
    pub const ALL: [Src; 50] = [
        Src::NhsLegCramps,
        Src::NhsDvt,
        Src::Aafp2012,
        Src::AafpFpin2017,
        Src::Cochrane2020Magnesium,
        Src::Cochrane2020Pregnancy,
        Src::Cochrane2021Stretching,
        Src::Hallegraeff2012,
        Src::MayoNightCramps,
        Src::MayoHealthLetter,
        Src::Aaos,
        Src::NiceCks,
        Src::Merck,
        Src::NihOdsMagnesium,
        Src::Iom1997,
        Src::UsdaSr26,
        Src::FdaQuinine,
        Src::Mhra,
        Src::Schwellnus2009,
        Src::JAthlTrain2022,
        Src::Morton2015,
        Src::GarlicCochrane,
        Src::UpToDate,
        Src::NhsStatins,
        Src::Miller2015,
        Src::Coppin2005,
        Src::MayoHeadToToe,
        Src::Nidirect,
        Src::NhsPreEclampsia,
        Src::BopDhb,
        Src::MedlinePlusRhabdo,
        Src::EmcSmpc,
        Src::NhsStroke,
        Src::NhsTetanus,
        Src::Nhs111,
        Src::NidirectOutOfHours,
        Src::Kbv116117,
        Src::NhsGrowingPains,
        Src::NiddkKidneyDiet,
        Src::Garrison2012,
        Src::Garrison2015,
        Src::Sebo2019,
        Src::ThuisartsTrombosebeen,
        Src::Be1733,
        Src::ThuisartsLongembolie,
        Src::HartstichtingBeroerte,
        Src::PatientenfederatieSpoedzorg,
        Src::BcfiKinine,
        Src::VoedingscentrumNormen,
        Src::Efsa2015Magnesium,
    ];

    /// Its number in the app's list of sources (1-based, stable order).
    pub fn number(self) -> usize {
        Self::ALL
            .iter()
            .position(|s| *s == self)
            .map_or(0, |i| i + 1)
    }

    /// A source of the Dutch text only (the English pages do not list it).
    pub fn dutch_only(self) -> bool {
        matches!(
            self,
            Src::ThuisartsTrombosebeen
                | Src::Be1733
                | Src::ThuisartsLongembolie
                | Src::HartstichtingBeroerte
                | Src::PatientenfederatieSpoedzorg
                | Src::BcfiKinine
                | Src::VoedingscentrumNormen
                | Src::Efsa2015Magnesium
        )
    }

    /// A short name for an inline reference: "NHS".
    pub fn short(self) -> &'static str {
        match self {
            Src::NhsLegCramps => "NHS",
            Src::NhsDvt => "NHS, DVT",
            Src::Aafp2012 => "AAFP 2012",
            Src::AafpFpin2017 => "AAFP 2017",
            Src::Cochrane2020Magnesium => "Cochrane 2020",
            Src::Cochrane2020Pregnancy => "Cochrane 2020, pregnancy",
            Src::Cochrane2021Stretching => "Cochrane 2021",
            Src::Hallegraeff2012 => "Hallegraeff 2012",
            Src::MayoNightCramps => "Mayo Clinic",
            Src::MayoHealthLetter => "Mayo Clinic News Network",
            Src::Aaos => "AAOS",
            Src::NiceCks => "NICE CKS",
            Src::Merck => "Merck Manual",
            Src::NihOdsMagnesium => "NIH ODS",
            Src::Iom1997 => "IOM 1997",
            Src::UsdaSr26 => "USDA SR26",
            Src::FdaQuinine => "FDA",
            Src::Mhra => "MHRA",
            Src::Schwellnus2009 => "Schwellnus 2009",
            Src::JAthlTrain2022 => "J Athl Train 2022",
            Src::Morton2015 => "Morton 2015",
            Src::GarlicCochrane => "Cochrane, garlic",
            Src::UpToDate => "UpToDate",
            Src::NhsStatins => "NHS, statins",
            Src::Miller2015 => "Miller 2015",
            Src::Coppin2005 => "Coppin 2005",
            Src::MayoHeadToToe => "Mayo Clinic Head to Toe",
            Src::Nidirect => "nidirect",
            Src::NhsPreEclampsia => "NHS, pre-eclampsia",
            Src::BopDhb => "Bay of Plenty DHB",
            Src::MedlinePlusRhabdo => "MedlinePlus",
            Src::EmcSmpc => "SmPC (eMC)",
            Src::NhsStroke => "NHS, stroke",
            Src::NhsTetanus => "NHS, tetanus",
            Src::Nhs111 => "NHS 111",
            Src::NidirectOutOfHours => "nidirect, out of hours",
            Src::Kbv116117 => "116117",
            Src::NhsGrowingPains => "NHS, growing pains",
            Src::NiddkKidneyDiet => "NIDDK",
            Src::Garrison2012 => "Garrison 2012",
            Src::Garrison2015 => "Garrison 2015",
            Src::Sebo2019 => "Sebo 2019",
            Src::ThuisartsTrombosebeen => "Thuisarts.nl, trombosebeen",
            Src::Be1733 => "FOD Volksgezondheid, 1733",
            Src::ThuisartsLongembolie => "Thuisarts.nl, longembolie",
            Src::HartstichtingBeroerte => "Hartstichting, beroerte",
            Src::PatientenfederatieSpoedzorg => "Patiëntenfederatie, spoedzorg",
            Src::BcfiKinine => "BCFI, kinine",
            Src::VoedingscentrumNormen => "Voedingscentrum, aanbevelingen",
            Src::Efsa2015Magnesium => "EFSA 2015",
        }
    }

    /// The full citation.
    pub fn citation(self) -> &'static str {
        match self {
            Src::NhsLegCramps => "NHS. Leg cramps. nhs.uk (health A to Z).",
            Src::NhsDvt => "NHS. DVT (deep vein thrombosis). nhs.uk (health A to Z).",
            Src::Aafp2012 => "Allen RE, Kirby KA. Nocturnal leg cramps. American Family Physician 2012;86(4):350-355.",
            Src::AafpFpin2017 => "Treatments for nocturnal leg cramps (FPIN Help Desk Answers). American Family Physician 2017;96(7).",
            Src::Cochrane2020Magnesium => "Garrison SR, Korownyk CS, Kolber MR, et al. Magnesium for skeletal muscle cramps. Cochrane Database of Systematic Reviews 2020, CD009402.",
            Src::Cochrane2020Pregnancy => "Luo L, Zhou K, Zhang J, et al. Interventions for leg cramps in pregnancy. Cochrane Database of Systematic Reviews 2020, CD010655.",
            Src::Cochrane2021Stretching => "Hawke F, Sadler SG, Katzberg HD, et al. Non-drug therapies for the secondary prevention of lower limb muscle cramps. Cochrane Database of Systematic Reviews 2021, CD008496.",
            Src::Hallegraeff2012 => "Hallegraeff JM, van der Schans CP, de Ruiter R, de Greef MH. Stretching before sleep reduces the frequency and severity of nocturnal leg cramps in older adults: a randomised trial. Journal of Physiotherapy 2012;58(1):17-22.",
            Src::MayoNightCramps => "Mayo Clinic. Night leg cramps: when to see a doctor, causes and self-care. mayoclinic.org.",
            Src::MayoHealthLetter => "Mayo Clinic News Network. Preventing a jolt in the night: self-care for night leg cramps (from the Mayo Clinic Health Letter).",
            Src::Aaos => "American Academy of Orthopaedic Surgeons (AAOS). Muscle cramps. orthoinfo.aaos.org.",
            Src::NiceCks => "NICE Clinical Knowledge Summaries. Leg cramps. cks.nice.org.uk.",
            Src::Merck => "Merck Manual, Consumer Version. Muscle cramps (Quick Facts: when to see a doctor right away, or in 1 to 2 days). merckmanuals.com.",
            Src::NihOdsMagnesium => "NIH Office of Dietary Supplements. Magnesium: fact sheet for health professionals and for consumers. ods.od.nih.gov.",
            Src::Iom1997 => "Institute of Medicine, Food and Nutrition Board. Dietary Reference Intakes for Calcium, Phosphorus, Magnesium, Vitamin D, and Fluoride. National Academy Press, 1997.",
            Src::UsdaSr26 => "US Department of Agriculture, Agricultural Research Service. USDA National Nutrient Database for Standard Reference, Release 26, 2013.",
            Src::FdaQuinine => "US Food and Drug Administration. Qualaquin (quinine sulfate): safety labelling changes and warning against use for leg cramps, 2009-2010.",
            Src::Mhra => "Medicines and Healthcare products Regulatory Agency (MHRA). Quinine: not to be used routinely for nocturnal leg cramps. Drug Safety Update, 2010.",
            Src::Schwellnus2009 => "Schwellnus MP. Cause of exercise associated muscle cramps (EAMC): altered neuromuscular control, dehydration or electrolyte depletion? British Journal of Sports Medicine 2009;43(6):401-408.",
            Src::JAthlTrain2022 => "Miller KC, McDermott BP, Yeargin SW, et al. An evidence-based review of the pathophysiology, treatment, and prevention of exercise-associated muscle cramps. Journal of Athletic Training 2022;57(1):5-15.",
            Src::Morton2015 => "Morton D, Callister R. Exercise-related transient abdominal pain (ETAP). Sports Medicine 2015;45(1):23-35.",
            Src::GarlicCochrane => "Jepson RG, Kleijnen J, Leng GC. Garlic for peripheral arterial occlusive disease. Cochrane Database of Systematic Reviews 1997 (updated 2013), CD000095.",
            Src::UpToDate => "UpToDate. Patient education: Nocturnal (nighttime) leg cramps (The Basics). Wolters Kluwer.",
            Src::NhsStatins => "NHS. Side effects of atorvastatin (and the other statin medicine pages: simvastatin, rosuvastatin, pravastatin). nhs.uk (medicines A to Z).",
            Src::Miller2015 => "Miller KC. Rethinking the cause of exercise-associated muscle cramping: moving beyond dehydration and electrolyte losses. Current Sports Medicine Reports 2015;14(5):353-354.",
            Src::Coppin2005 => "Coppin RJ, Wicke DM, Little PS. Managing nocturnal leg cramps: calf-stretching exercises and cessation of quinine treatment. A factorial randomised controlled trial. British Journal of General Practice 2005;55(512):186-191.",
            Src::MayoHeadToToe => "Mayo Clinic. Controlling painful leg cramps. In: Mayo Clinic Head to Toe, 50 Head-to-Toe Health Tips (e-magazine), p. 24. Mayo Clinic publishes no copy on its own site; cited as published, without a link to a third-party copy.",
            Src::Nidirect => "nidirect (Northern Ireland Government). Leg cramps. nidirect.gov.uk.",
            Src::NhsPreEclampsia => "NHS. Pre-eclampsia. nhs.uk (health A to Z).",
            Src::BopDhb => "Bay of Plenty District Health Board (Te Whatu Ora Hauora a Toi Bay of Plenty). Leg cramp (Parerori waewae).",
            Src::MedlinePlusRhabdo => "MedlinePlus (US National Library of Medicine). Rhabdomyolysis. medlineplus.gov.",
            Src::EmcSmpc => "Electronic Medicines Compendium (eMC). Summaries of product characteristics: levothyroxine, and magnesium-containing medicines (interactions). medicines.org.uk.",
            Src::NhsStroke => "NHS. Stroke: symptoms (act FAST). nhs.uk (health A to Z).",
            Src::NhsTetanus => "NHS. Tetanus. nhs.uk (health A to Z).",
            Src::Nhs111 => "NHS. When to use 111. nhs.uk.",
            Src::NidirectOutOfHours => "nidirect (Northern Ireland Government). GP out of hours service. nidirect.gov.uk.",
            Src::Kbv116117 => "Kassenärztliche Bundesvereinigung (KBV). 116117: the non-emergency medical on-call service in Germany. 116117.de.",
            Src::NhsGrowingPains => "NHS. Growing pains. nhs.uk (health A to Z).",
            Src::Garrison2012 => "Garrison SR, Dormuth CR, Morrow RL, Carney GA, Khan KM. Nocturnal leg cramps and prescription use that precedes them: a sequence symmetry analysis. Archives of Internal Medicine 2012;172(2):120-126.",
            Src::Garrison2015 => "Garrison SR, Dormuth CR, Morrow RL, Carney GA, Khan KM. Seasonal effects on the occurrence of nocturnal leg cramps: a prospective cohort study. CMAJ 2015;187(4):248-253.",
            Src::Sebo2019 => "Sebo P, Haller DM, Cerutti B, Maisonneuve H. A prospective observational study of the main features of nocturnal leg cramps in primary care. Swiss Medical Weekly 2019;149:w20048.",
            Src::ThuisartsTrombosebeen => "Nederlands Huisartsen Genootschap (NHG). Heb ik een trombosebeen? Thuisarts.nl.",
            Src::Be1733 => "FOD Volksgezondheid, Veiligheid van de Voedselketen en Leefmilieu. Het nummer 1733 (huisarts van wacht). gezondbelgie.be.",
            Src::ThuisartsLongembolie => "Nederlands Huisartsen Genootschap (NHG). Heb ik een longembolie? Thuisarts.nl.",
            Src::HartstichtingBeroerte => "Hartstichting. Beroerte: herken de signalen en bel 112. hartstichting.nl.",
            Src::PatientenfederatieSpoedzorg => "Patiëntenfederatie Nederland. Spoedzorg: wat en hoe. patientenfederatie.nl.",
            Src::BcfiKinine => "Belgisch Centrum voor Farmacotherapeutische Informatie (BCFI). Folia: Spierkrampen: kinine steeds af te raden, magnesium niet aan te bevelen. bcfi.be.",
            Src::VoedingscentrumNormen => "Voedingscentrum. Aanbevelingen vitamines en mineralen (de voedingsnormen van de Gezondheidsraad, herzien in 2018). voedingscentrum.nl.",
            Src::Efsa2015Magnesium => "EFSA Panel on Dietetic Products, Nutrition and Allergies (NDA). Scientific Opinion on Dietary Reference Values for magnesium. EFSA Journal 2015;13(7):4186.",
            Src::NiddkKidneyDiet => "National Institute of Diabetes and Digestive and Kidney Diseases (NIDDK, NIH). Eating right for chronic kidney disease. niddk.nih.gov.",
        }
    }

    /// Where to read it: the original authority's page, never a mirror (`None` for a source
    /// its publisher does not put online itself).
    pub fn url(self) -> Option<&'static str> {
        Some(match self {
            Src::NhsLegCramps => "https://www.nhs.uk/conditions/leg-cramps/",
            Src::NhsDvt => "https://www.nhs.uk/conditions/deep-vein-thrombosis-dvt/",
            Src::Aafp2012 => "https://www.aafp.org/pubs/afp/issues/2012/0815/p350.html",
            Src::AafpFpin2017 => "https://www.aafp.org/pubs/afp/issues/2017/1001/od3.html",
            Src::Cochrane2020Magnesium => "https://doi.org/10.1002/14651858.CD009402.pub3",
            Src::Cochrane2020Pregnancy => "https://doi.org/10.1002/14651858.CD010655.pub3",
            Src::Cochrane2021Stretching => "https://doi.org/10.1002/14651858.CD008496.pub3",
            Src::Hallegraeff2012 => "https://pubmed.ncbi.nlm.nih.gov/22341378/",
            Src::MayoNightCramps => "https://www.mayoclinic.org/symptoms/night-leg-cramps/basics/when-to-see-doctor/sym-20050813",
            Src::MayoHealthLetter => "https://newsnetwork.mayoclinic.org/discussion/preventing-a-jolt-in-the-night-self-care-for-night-leg-cramps/",
            Src::Aaos => "https://orthoinfo.aaos.org/en/diseases--conditions/muscle-cramps/",
            Src::NiceCks => "https://cks.nice.org.uk/topics/leg-cramps/",
            Src::Merck => "https://www.merckmanuals.com/home/quick-facts-brain-spinal-cord-and-nerve-disorders/symptoms-of-brain-spinal-cord-and-nerve-disorders/muscle-cramps",
            Src::NihOdsMagnesium => "https://ods.od.nih.gov/factsheets/Magnesium-HealthProfessional/",
            Src::Iom1997 => "https://doi.org/10.17226/5776",
            Src::UsdaSr26 => "https://www.ars.usda.gov/northeast-area/beltsville-md-bhnrc/beltsville-human-nutrition-research-center/methods-and-application-of-food-composition-laboratory/mafcl-site-pages/sr11-sr28/",
            Src::FdaQuinine => "https://www.fda.gov/drugs/drug-safety-and-availability/fda-drug-safety-communication-new-risk-management-plan-and-patient-medication-guide-qualaquin-quinine",
            Src::Mhra => "https://www.gov.uk/drug-safety-update/quinine-not-to-be-used-routinely-for-nocturnal-leg-cramps",
            Src::Schwellnus2009 => "https://doi.org/10.1136/bjsm.2008.050401",
            Src::JAthlTrain2022 => "https://doi.org/10.4085/1062-6050-0696.20",
            Src::Morton2015 => "https://doi.org/10.1007/s40279-014-0245-z",
            Src::GarlicCochrane => "https://doi.org/10.1002/14651858.CD000095",
            Src::UpToDate => "https://www.uptodate.com/contents/nocturnal-nighttime-leg-cramps-the-basics",
            Src::NhsStatins => "https://www.nhs.uk/medicines/atorvastatin/side-effects-of-atorvastatin/",
            Src::Miller2015 => "https://doi.org/10.1249/JSR.0000000000000183",
            Src::Coppin2005 => "https://pmc.ncbi.nlm.nih.gov/articles/PMC1463088/",
            Src::MayoHeadToToe => return None,
            Src::Nidirect => "https://www.nidirect.gov.uk/conditions/leg-cramps",
            Src::NhsPreEclampsia => "https://www.nhs.uk/conditions/pre-eclampsia/",
            Src::BopDhb => "https://www.bopdhb.govt.nz/conditions-treatments/bones-and-joints/leg-cramp",
            Src::MedlinePlusRhabdo => "https://medlineplus.gov/ency/article/000473.htm",
            Src::EmcSmpc => "https://www.medicines.org.uk/emc/product/4841/smpc",
            Src::NhsStroke => "https://www.nhs.uk/conditions/stroke/symptoms/",
            Src::NhsTetanus => "https://www.nhs.uk/conditions/tetanus/",
            Src::Nhs111 => "https://www.nhs.uk/nhs-services/urgent-and-emergency-care-services/when-to-use-111/",
            Src::NidirectOutOfHours => "https://www.nidirect.gov.uk/articles/gp-out-hours-service",
            Src::Kbv116117 => "https://www.116117.de/",
            Src::NhsGrowingPains => "https://www.nhs.uk/conditions/growing-pains/",
            Src::NiddkKidneyDiet => "https://www.niddk.nih.gov/health-information/kidney-disease/chronic-kidney-disease-ckd/eating-nutrition",
            Src::Garrison2012 => "https://doi.org/10.1001/archinternmed.2011.1029",
            Src::Garrison2015 => "https://doi.org/10.1503/cmaj.140497",
            Src::Sebo2019 => "https://doi.org/10.4414/smw.2019.20048",
            Src::ThuisartsTrombosebeen => "https://www.thuisarts.nl/trombosebeen/ik-heb-trombosebeen",
            Src::Be1733 => "https://www.gezondbelgie.be/nl/blikvanger-gezondheidszorg/dringende-medische-en-psychosociale-hulpverlening/organisatie/het-nummer-1733",
            Src::ThuisartsLongembolie => "https://www.thuisarts.nl/longembolie/heb-ik-longembolie",
            Src::HartstichtingBeroerte => "https://www.hartstichting.nl/beroerte",
            Src::PatientenfederatieSpoedzorg => "https://www.patientenfederatie.nl/themas/spoedzorg/wat-en-hoe",
            Src::BcfiKinine => "https://www.bcfi.be/nl/articles/query?number=F45N04I",
            Src::VoedingscentrumNormen => "https://www.voedingscentrum.nl/professionals/huisartsen/vitamines-mineralen-supplementen/aanbevelingen-vitamines-en-mineralen.aspx",
            Src::Efsa2015Magnesium => "https://www.efsa.europa.eu/en/efsajournal/pub/4186",

        })
    }
}

/// When the app's health text was last checked, statement by statement, against these
/// sources (shared/health/REVIEW-2026-12-05.md).
pub const CONTENT_REVIEWED: &str = "5 December 2026";
/// [`CONTENT_REVIEWED`] in Dutch (the Dutch text was checked against the Dutch sources then).
pub const CONTENT_REVIEWED_NL: &str = "6 december 2026";

/// How strong the evidence behind a habit or claim is, said honestly.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Strength {
    /// A trial found a benefit; reviews disagree on how much.
    MayHelp,
    /// Advice from health services, not tested in trials for cramps.
    Advice,
    /// Tested in a trial that found no clear benefit, though health services still suggest it.
    TestedNoBenefit,
    /// Tested, and not shown to prevent cramps.
    NotShown,
}

impl Strength {
    /// [`Strength::label`] in `lang`.
    pub fn label_in(self, lang: Lang) -> &'static str {
        let nl = match self {
            Strength::MayHelp => {
                "Kan helpen: één onderzoek vond minder krampen; het bewijs is weinig zeker"
            }
            Strength::Advice => "Advies van deskundigen, niet getest in onderzoek",
            Strength::TestedNoBenefit => {
                "Getest: één onderzoek vond geen duidelijk effect; de Britse NHS raadt het toch aan"
            }
            Strength::NotShown => "Niet aangetoond dat het kramp voorkomt",
        };
        t(lang, self.label(), nl)
    }

    pub fn label(self) -> &'static str {
        match self {
            Strength::MayHelp => "May help: one trial found fewer cramps; low-certainty evidence",
            Strength::Advice => "Expert advice, not tested in trials",
            Strength::TestedNoBenefit => {
                "Tested: one trial found no clear benefit; the NHS still suggests it"
            }
            Strength::NotShown => "Not shown to prevent cramps",
        }
    }

    pub fn name(self) -> &'static str {
        match self {
            Strength::MayHelp => "may-help",
            Strength::Advice => "advice",
            Strength::TestedNoBenefit => "no-benefit",
            Strength::NotShown => "not-shown",
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_source_is_complete_and_numbered_once() {
        for (i, s) in Src::ALL.iter().enumerate() {
            assert_eq!(s.number(), i + 1);
            assert!(s.citation().len() > 20, "{s:?}");
            assert!(s.url().is_none_or(|u| u.starts_with("https://")), "{s:?}");
            assert!(!s.short().is_empty());
        }
    }
}
