//! The Learn page's words in Dutch, each beside its English (`content.rs` holds the English with
//! its sources). A Dutch text says the same at the same strength of evidence; where the English
//! names a UK rule, the Dutch says what applies in the Netherlands and Belgium and lists its own
//! source (the third field). `tests/content.rs` checks that every English text has its Dutch.

use crate::domain::learn::sources::Src;

/// (English, Dutch, sources only the Dutch cites).
pub static DUTCH: &[(&str, &str, &[Src])] = &[
    (
        "What a leg cramp is",
        "Wat kramp in het been is",
        &[],
    ),
    (
        "A leg cramp is a sudden, painful tightening of a muscle that you cannot control, most often in the calf, sometimes in the foot or thigh.",
        "Kramp in het been is een plotselinge, pijnlijke samentrekking van een spier, buiten uw wil om. Meestal zit de kramp in de kuit, soms in de voet of het bovenbeen.",
        &[],
    ),
    (
        "Most happen at night or while resting. They usually last from a few seconds to 10 minutes, and the muscle can feel sore for up to a day afterwards. They are common and usually harmless.",
        "De meeste krampen komen 's\u{a0}nachts of als u rust. Ze duren meestal een paar seconden tot 10 minuten. De spier kan daarna tot een dag lang pijnlijk aanvoelen. Kramp komt veel voor en is meestal onschuldig.",
        &[],
    ),
    (
        "Night cramps are about twice as common in summer as in winter.",
        "Nachtelijke kramp komt in de zomer ongeveer twee keer zo vaak voor als in de winter.",
        &[],
    ),
    (
        "A diary helps your doctor: how many cramps each night, how long and how bad they were, and how much sleep they cost you (0 for none, 10 for a whole night). Studies of night cramps in family practice use such a daily log.",
        "Een dagboek helpt uw huisarts: hoeveel krampen u elke nacht had, hoe lang ze duurden en hoe erg ze waren, en hoeveel slaap ze u kostten (0 voor geen, 10 voor een hele nacht). Onderzoek naar nachtelijke kramp in de huisartsenpraktijk gebruikt ook zo'n dagelijks overzicht.",
        &[],
    ),
    (
        "Idiopathic and secondary cramps",
        "Kramp zonder en met een duidelijke oorzaak",
        &[],
    ),
    (
        "Most night cramps have no clear cause: doctors call them idiopathic. The exact mechanism is not known; it is probably muscle fatigue and nerve activity rather than a shortage of salts in the blood.",
        "De meeste nachtelijke krampen hebben geen duidelijke oorzaak. Artsen noemen dat idiopathisch. Hoe de kramp precies ontstaat, weet men niet. Waarschijnlijk komt het eerder door vermoeide spieren en de activiteit van zenuwen dan door een tekort aan zouten in het bloed.",
        &[],
    ),
    (
        "Secondary cramps come with something else: pregnancy (usually in the later months), exercise that strains the muscle, some medicines, and conditions such as liver disease, kidney dialysis, narrowed leg arteries, nerve problems or narrowing of the spinal canal in the lower back.",
        "Bij secundaire kramp is er iets anders aan de hand: een zwangerschap (meestal in de laatste maanden), inspanning die de spier zwaar belast, sommige medicijnen, of een aandoening. Bijvoorbeeld een leverziekte, dialyse bij een nierziekte, vernauwde slagaders in de benen, zenuwproblemen of een vernauwing van het wervelkanaal in de onderrug.",
        &[],
    ),
    (
        "Cramps that come while walking and go away as soon as you stop are a different problem (poor blood flow to the legs) and worth a visit to a doctor.",
        "Kramp die komt als u loopt en overgaat zodra u stilstaat, is een ander probleem: een slechte doorbloeding van de benen (etalagebenen). Het is verstandig daarmee naar de huisarts te gaan.",
        &[],
    ),
    (
        "Who gets them",
        "Wie krijgt kramp",
        &[],
    ),
    (
        "Up to 60 in 100 adults say they have had night leg cramps, and about 7 in 100 children.",
        "Tot 60 van de 100 volwassenen zeggen dat ze weleens 's\u{a0}nachts kramp in de benen hebben gehad, en ongeveer 7 van de 100 kinderen.",
        &[],
    ),
    (
        "They become more common with age: about one in three people over 60 have them, and 4 in 10 of those have three or more a week.",
        "Hoe ouder, hoe vaker: ongeveer 1 op de 3 mensen boven de 60 heeft er last van. Van hen heeft 4 op de 10 de kramp 3 keer of vaker per week.",
        &[],
    ),
    (
        "They are common in pregnancy, especially in the later months.",
        "Kramp komt veel voor in de zwangerschap, vooral in de laatste maanden.",
        &[],
    ),
    (
        "A leg that is swollen, red or warm, or pain in one leg that does not go away after the cramp, is not a normal pregnancy cramp: a clot is more likely in pregnancy and after a birth. See the red flags.",
        "Een been dat dik, rood of warm is, of pijn in één been die na de kramp niet overgaat, is geen gewone kramp in de zwangerschap. Trombose komt vaker voor in de zwangerschap en na een bevalling. Kijk bij de alarmsignalen.",
        &[],
    ),
    (
        "In children, night leg pain is more often growing pains: an ache in both legs in the evening or at night that is gone by the morning. See a doctor if it is in one leg only, is still there in the morning, makes the child limp, or comes with a fever, swelling or redness.",
        "Bij kinderen is pijn in de benen 's\u{a0}nachts vaker groeipijn: een zeurende pijn in beide benen, 's\u{a0}avonds of 's\u{a0}nachts, die 's\u{a0}ochtends weer over is. Ga naar de huisarts als de pijn in één been zit, 's\u{a0}ochtends nog niet over is, het kind laat hinken, of samengaat met koorts, zwelling of roodheid.",
        &[],
    ),
    (
        "Athletes get cramps during or after hard or long exercise. The causes are debated: muscle fatigue seems to play a big part, and heavy loss of sweat and salt may matter for some.",
        "Sporters krijgen kramp tijdens of na zware of lange inspanning. Over de oorzaak zijn onderzoekers het niet eens. Vermoeide spieren lijken een grote rol te spelen. Bij sommige sporters speelt misschien ook mee dat ze veel zweet en zout verliezen.",
        &[],
    ),
    (
        "What helps during a cramp",
        "Wat helpt tijdens een kramp",
        &[],
    ),
    (
        "Stretch the muscle: for the calf, straighten the leg and pull your toes up towards your shin. If that makes the pain worse instead of easing it, stop and check the red flags. A stretch can hurt for a moment before the cramp lets go.",
        "Rek de spier. Bij kramp in de kuit: strek het been en trek uw tenen naar u toe, richting uw scheenbeen. Wordt de pijn erger in plaats van minder? Stop dan en kijk bij de alarmsignalen. Rekken kan even pijn doen voordat de kramp loslaat.",
        &[],
    ),
    (
        "A towel or belt round the ball of the foot helps if you cannot reach.",
        "Kunt u uw voet niet goed pakken? Dan helpt een handdoek of riem om de bal van uw voet.",
        &[],
    ),
    (
        "Stand up and put your weight on the cramping leg, knee slightly bent, holding on to something.",
        "Ga staan en zet uw gewicht op het been met de kramp, met de knie licht gebogen. Houd u ergens aan vast.",
        &[],
    ),
    (
        "Hold the stretch gently, without forcing it, until the cramp eases, and rub the muscle gently while you do (not if the leg is swollen, warm, red or darker).",
        "Blijf rustig rekken, zonder te forceren, tot de kramp minder wordt. Wrijf ondertussen zachtjes over de spier (niet als het been dik, warm, rood of donkerder is).",
        &[],
    ),
    (
        "Afterwards, walk around; a warm shower or bath, or ice wrapped in a towel, can ease the muscle.",
        "Loop daarna wat rond. Een warme douche of een warm bad, of ijs in een handdoek, kan de spier verlichting geven.",
        &[],
    ),
    (
        "Painkillers such as paracetamol or ibuprofen work too slowly to help during a cramp, but may ease soreness afterwards.",
        "Pijnstillers zoals paracetamol of ibuprofen werken te langzaam om tijdens een kramp te helpen. Daarna kunnen ze wel helpen tegen de spierpijn.",
        &[],
    ),
    (
        "Most cramps go away without doing anything, so it is fine to simply wait for one to pass.",
        "De meeste krampen gaan vanzelf over. U kunt dus ook gewoon wachten tot de kramp voorbij is.",
        &[],
    ),
    (
        "What may prevent them",
        "Wat kramp misschien voorkomt",
        &[],
    ),
    (
        "Stretching the calves and hamstrings every night before bed: in one trial, adults over 55 who stretched like this for six weeks had fewer and milder night cramps (about one fewer a night). A Cochrane review rates this evidence as low certainty, and a trial of calf stretching alone found no benefit. It is worth a try and low-risk for most people: stretch gently and stop if it hurts.",
        "Elke avond voor het slapen de kuiten en de achterkant van de bovenbenen rekken. In één onderzoek kregen volwassenen boven de 55 die 6 weken lang zo rekten, minder vaak kramp in de nacht (ongeveer 1 kramp per nacht minder), en de krampen waren minder hevig. Een Cochrane-review noemt dit bewijs weinig zeker. En een onderzoek waarin mensen alleen hun kuiten rekten, vond geen effect. Toch is het het proberen waard, en voor de meeste mensen is het weinig riskant: rek rustig en stop als het pijn doet.",
        &[],
    ),
    (
        "Stretching the calves a few times a day, the last time just before bed. The NHS suggests it may reduce cramps but may not stop them completely; a trial of 191 people found calf stretching on its own did not reduce night cramps.",
        "De kuiten een paar keer per dag rekken, de laatste keer vlak voor het slapen. Volgens de NHS (de Britse gezondheidsdienst) kan dat krampen verminderen, maar misschien niet helemaal voorkomen. In een onderzoek bij 191 mensen hielp alleen de kuiten rekken niet: ze kregen niet minder krampen in de nacht.",
        &[],
    ),
    (
        "Drinking enough through the day (to thirst), unless a doctor has told you to limit fluids, and going easy on alcohol and caffeine.",
        "Overdag genoeg drinken (drink als u dorst hebt), behalve als een arts heeft gezegd dat u minder moet drinken. En niet te veel alcohol en cafeïne.",
        &[],
    ),
    (
        "Loose sheets at the foot of the bed, and firm shoes that support the heel.",
        "Lakens die aan het voeteneind los liggen (niet strak ingestopt), en stevige schoenen die de hiel steunen.",
        &[],
    ),
    (
        "A few minutes on an exercise bike or a short walk before bed; long sitting is linked to cramps.",
        "Een paar minuten op een hometrainer of een korte wandeling voor het slapen. Lang zitten hangt samen met kramp.",
        &[],
    ),
    (
        "Magnesium supplements: a Cochrane review found them unlikely to prevent typical cramps in older adults. In pregnancy the results are conflicting. A diet with magnesium-rich foods is good for you anyway.",
        "Magnesiumsupplementen: volgens een Cochrane-review voorkomen ze gewone krampen bij ouderen waarschijnlijk niet. Bij zwangere vrouwen spreken de resultaten elkaar tegen. Eten met veel magnesium is hoe dan ook goed voor u.",
        &[],
    ),
    (
        "Adults need about 310 to 420 mg of magnesium a day, depending on age and sex. Magnesium from food is safe for people whose kidneys work normally; the upper limit of 350 mg a day (from age 9; 65 mg for children aged 1 to 3, 110 mg for 4 to 8) is for supplements and medicines. People with kidney disease should not take magnesium supplements, or antacids or laxatives that contain magnesium, unless their doctor says so.",
        "Volgens de Europese voedselautoriteit EFSA hebben volwassenen 300 mg (vrouwen) tot 350 mg (mannen) magnesium per dag nodig, ook bij zwangerschap en borstvoeding. De Amerikaanse aanbeveling (IOM, NIH) is 310 tot 420 mg, afhankelijk van leeftijd en geslacht. Uncramp gebruikt in het Nederlands de Europese cijfers; in Instellingen kunt u de Amerikaanse kiezen. De Nederlandse Gezondheidsraad herzag zijn voedingsnormen in 2018. Magnesium uit voeding is veilig voor mensen bij wie de nieren goed werken. De Amerikaanse bovengrens van 350 mg per dag (vanaf 9 jaar; 65 mg voor kinderen van 1 tot en met 3 jaar, 110 mg voor kinderen van 4 tot en met 8 jaar) geldt voor supplementen en medicijnen. Mensen met een nierziekte moeten geen magnesiumsupplementen gebruiken, en ook geen maagzuurbinders of laxeermiddelen waar magnesium in zit, tenzij hun arts dat zegt.",
        &[Src::Efsa2015Magnesium, Src::VoedingscentrumNormen],
    ),
    (
        "Medicines that can cause cramps",
        "Medicijnen die kramp kunnen geven",
        &[],
    ),
    (
        "Cholesterol-lowering statins and water tablets (diuretics) are among the medicines linked to cramps.",
        "Statines (middelen tegen cholesterol) en plastabletten (diuretica) horen bij de medicijnen die met kramp in verband worden gebracht.",
        &[],
    ),
    (
        "Others include intravenous iron, conjugated oestrogens, raloxifene, naproxen and teriparatide.",
        "Andere voorbeelden zijn ijzer via een infuus, geconjugeerde oestrogenen, raloxifeen, naproxen en teriparatide.",
        &[],
    ),
    (
        "In a study of 4.2 million people in British Columbia, treatment for night cramps was about twice as likely in the year after starting a long-acting reliever inhaler or a potassium-sparing water tablet, and about 1.5 times as likely after a thiazide-type water tablet; the link with statins was small. If cramps began after a new medicine, ask your doctor: never stop one on your own.",
        "In een onderzoek bij 4,2 miljoen mensen in British Columbia (Canada) kregen mensen ongeveer twee keer zo vaak een behandeling voor nachtelijke kramp in het jaar nadat ze begonnen met een puffer met een langwerkende luchtwegverwijder, of met een kaliumsparende plastablet. Na een plastablet van het type thiazide was dat ongeveer 1,5 keer zo vaak. Het verband met statines was klein. Zijn de krampen begonnen na een nieuw medicijn? Vraag het uw huisarts. Stop nooit zelf met een medicijn.",
        &[],
    ),
    (
        "With a statin, new muscle pain, tenderness, weakness or cramps that you cannot explain are a reason to stop the statin and get medical advice straight away: they can be signs of muscle damage.",
        "Gebruikt u een statine en krijgt u nieuwe spierpijn, gevoelige of slappe spieren of krampen zonder duidelijke reden? Stop dan met de statine en vraag meteen medisch advies. Dit kunnen tekenen van spierschade zijn.",
        &[],
    ),
    (
        "If cramps started after you began another new medicine, talk to your doctor within a day or two, and do not stop it without their advice.",
        "Begonnen de krampen nadat u met een ander nieuw medicijn startte? Overleg dan binnen een dag of twee met uw huisarts. Stop niet met het medicijn zonder advies van uw huisarts.",
        &[],
    ),
    (
        "Myths and half-truths",
        "Fabels en halve waarheden",
        &[],
    ),
    (
        "\u{201c}Cramps are usually caused by a lack of magnesium.\u{201d}",
        "\u{201c}Kramp komt meestal door een tekort aan magnesium.\u{201d}",
        &[],
    ),
    (
        "Not supported",
        "Onderzoek bevestigt dit niet",
        &[],
    ),
    (
        "Most night cramps have no clear cause, and doctors think tired muscles and nerves are behind them rather than low salts in the blood. Blood tests are only suggested when another cause is suspected.",
        "De meeste nachtelijke krampen hebben geen duidelijke oorzaak. Artsen denken dat eerder vermoeide spieren en zenuwen erachter zitten dan te weinig zouten in het bloed. Bloedonderzoek wordt alleen aangeraden als de arts een andere oorzaak vermoedt.",
        &[],
    ),
    (
        "Low magnesium or other salts can play a part in some people, for example with water tablets or long-term bowel problems.",
        "Bij sommige mensen kan te weinig magnesium of andere zouten wel meespelen, bijvoorbeeld bij plastabletten of bij langdurige darmproblemen.",
        &[],
    ),
    (
        "But magnesium supplements have not been shown to prevent typical night cramps in older adults.",
        "Maar het is niet aangetoond dat magnesiumsupplementen gewone nachtelijke krampen bij ouderen voorkomen.",
        &[],
    ),
    (
        "\u{201c}Eating garlic reduces the risk of cramps.\u{201d}",
        "\u{201c}Knoflook eten verkleint de kans op kramp.\u{201d}",
        &[],
    ),
    (
        "No evidence",
        "Geen bewijs",
        &[],
    ),
    (
        "We found no trial of garlic for cramps. The one related review was about leg pain from narrowed arteries, not cramps, and found no clear benefit.",
        "Wij vonden geen onderzoek naar knoflook tegen kramp. De enige review die er iets mee te maken had, ging over pijn in de benen door vernauwde slagaders, niet over kramp. Die vond geen duidelijk effect.",
        &[],
    ),
    (
        "A clove of garlic has less than 1 mg of magnesium.",
        "Een teentje knoflook bevat minder dan 1 mg magnesium.",
        &[],
    ),
    (
        "\u{201c}Exercising after eating causes cramps.\u{201d}",
        "\u{201c}Sporten na het eten geeft kramp.\u{201d}",
        &[],
    ),
    (
        "Not for leg cramps",
        "Niet voor kramp in de benen",
        &[],
    ),
    (
        "Exercising soon after a meal is linked to a stitch, a pain in the side of the belly, not to leg cramps. Night cramps happen at rest, whatever you ate.",
        "Sporten kort na een maaltijd hangt samen met een steek in de zij (pijn opzij in de buik), niet met kramp in de benen. Nachtelijke kramp komt als u rust, wat u ook hebt gegeten.",
        &[],
    ),
    (
        "\u{201c}Broth or sports drinks prevent cramps.\u{201d}",
        "\u{201c}Bouillon of sportdrank voorkomt kramp.\u{201d}",
        &[],
    ),
    (
        "Partly true for some athletes, not for night cramps",
        "Deels waar voor sommige sporters, niet voor nachtelijke kramp",
        &[],
    ),
    (
        "For cramps during sport, studies that followed athletes did not find that lost water or salt explains them; a few lab studies and some heavy \u{201c}salty sweaters\u{201d} are exceptions. Neither has been shown to help night cramps.",
        "Bij kramp tijdens het sporten vonden onderzoeken die sporters volgden niet dat verlies van vocht of zout de kramp verklaart. Uitzonderingen zijn een paar laboratoriumonderzoeken en sommige sporters die heel veel zweten en daarbij veel zout verliezen (\u{201c}zoute zweters\u{201d}). Van bouillon en van sportdrank is niet aangetoond dat ze helpen tegen nachtelijke kramp.",
        &[],
    ),
    (
        "Sports drinks contain almost no magnesium. Broth is salty, about 370 mg of sodium per 100 g (roughly 900 mg in a 240 ml cup), and has almost no magnesium.",
        "Sportdrank bevat bijna geen magnesium. Bouillon is zout: ongeveer 370 mg natrium per 100 g (ongeveer 900 mg in een kop van 240 ml). Ook bouillon bevat bijna geen magnesium.",
        &[],
    ),
    (
        "Drinking far more water or sports drink than you need can dilute the salt in your blood dangerously (hyponatraemia); people have died from it. Drink to thirst. If you have heart or kidney problems, or were told to limit salt or fluids, ask your doctor first.",
        "Veel meer water of sportdrank drinken dan u nodig hebt, kan het zout in uw bloed gevaarlijk verdunnen (hyponatriëmie). Daar zijn mensen aan overleden. Drink als u dorst hebt. Hebt u problemen met uw hart of nieren, of moet u van uw arts minder zout of vocht gebruiken? Vraag dan eerst uw arts om advies.",
        &[],
    ),
    (
        "\u{201c}Quinine or tonic water stops cramps.\u{201d}",
        "\u{201c}Kinine of tonic stopt kramp.\u{201d}",
        &[],
    ),
    (
        "Not on your own",
        "Tonic helpt niet, kinine is riskant",
        &[],
    ),
    (
        "Quinine can cause serious and sometimes fatal side effects, including blood disorders, and its benefit for cramps is small. US regulators warn against using it for leg cramps.",
        "Kinine kan ernstige bijwerkingen geven, die soms dodelijk zijn, zoals afwijkingen in het bloed. Tegen kramp helpt kinine maar weinig. De Amerikaanse toezichthouder op medicijnen waarschuwt ertegen om het bij kramp in de benen te gebruiken.",
        &[],
    ),
    (
        "In the UK it is not used routinely; only a doctor can judge whether it is worth trying, after other causes are ruled out and stretching has not helped. It is not safe in pregnancy. Tonic water is not a treatment.",
        "Het is geen gewoon middel tegen kramp: alleen een arts kan beoordelen of het de moeite waard is, en pas als andere oorzaken zijn uitgesloten en rekken niet heeft geholpen. In België raadt het BCFI, dat artsen en apothekers over medicijnen informeert, kinine af. Kinine is niet veilig in de zwangerschap. Tonic is geen behandeling.",
        &[Src::BcfiKinine],
    ),
    (
        "If a doctor has prescribed quinine for you, ask at your next review whether you still need it: UK advice is to check regularly whether it still helps.",
        "Hebt u kinine of hydrokinine van een arts gekregen? Vraag dan de volgende keer dat u uw arts spreekt of u het nog nodig hebt. Het advies is om regelmatig na te gaan of het nog helpt.",
        &[],
    ),
    (
        "If you take quinine and get unexplained bruising, bleeding, or small purple-red spots on the skin, stop taking it and get medical help straight away: these can be signs of a serious blood disorder.",
        "Gebruikt u kinine of hydrokinine en krijgt u zonder duidelijke reden blauwe plekken, bloedingen of kleine paarsrode puntjes op de huid? Stop dan met het middel en zoek meteen medische hulp. Dit kunnen tekenen zijn van een ernstige afwijking in het bloed.",
        &[],
    ),
    (
        "If you have kidney disease or are on dialysis, ask your kidney team before aiming for a magnesium target: many magnesium-rich foods (nuts, seeds, beans, whole grains, bran, chocolate) are also high in potassium and phosphate, which kidney diets often limit.",
        "Hebt u een nierziekte of krijgt u dialyse? Overleg dan eerst met uw nierarts of diëtist voordat u een magnesiumdoel probeert te halen. Veel voedingsmiddelen met veel magnesium (noten, zaden, bonen, volkorenproducten, zemelen, chocolade) bevatten ook veel kalium en fosfaat. Bij een dieet voor de nieren mag u daar vaak maar weinig van hebben.",
        &[],
    ),
    (
        "Magnesium from food is safe for people whose kidneys work normally: the kidneys remove what the body does not need. The upper limit for magnesium from supplements and medicines (not food) is 65 mg a day for children aged 1 to 3, 110 mg for 4 to 8, and 350 mg from age 9.",
        "Magnesium uit voeding is veilig voor mensen bij wie de nieren goed werken: de nieren voeren af wat het lichaam niet nodig heeft. De Amerikaanse bovengrens (IOM) voor magnesium uit supplementen en medicijnen (niet uit voeding) is 65 mg per dag voor kinderen van 1 tot en met 3 jaar, 110 mg voor kinderen van 4 tot en met 8 jaar, en 350 mg vanaf 9 jaar.",
        &[],
    ),
    (
        "People with kidney disease should not take magnesium supplements, or antacids or laxatives that contain magnesium, unless their doctor says so.",
        "Mensen met een nierziekte moeten geen magnesiumsupplementen gebruiken, en ook geen maagzuurbinders of laxeermiddelen waar magnesium in zit, tenzij hun arts dat zegt.",
        &[],
    ),
    (
        "Magnesium supplements interact with some antibiotics and with bisphosphonates (for bones).",
        "Magnesiumsupplementen kunnen de werking beïnvloeden van sommige antibiotica en van bisfosfonaten (medicijnen voor de botten).",
        &[],
    ),
    (
        "They also interact with levothyroxine (for the thyroid): ask a pharmacist how to take them.",
        "Dat geldt ook voor levothyroxine (een schildkliermedicijn): vraag uw apotheker hoe u ze het beste kunt innemen.",
        &[],
    ),
    (
        "Water tablets (diuretics) and long-term acid-reducing medicines (proton pump inhibitors) can lower the body's magnesium.",
        "Plastabletten (diuretica) en maagzuurremmers (protonpompremmers) die u lang gebruikt, kunnen de hoeveelheid magnesium in uw lichaam verlagen.",
        &[],
    ),
    (
        "A Cochrane review found magnesium supplements unlikely to prevent typical cramps in older adults; in pregnancy the evidence is unclear. Uncramp does not recommend any supplement.",
        "Volgens een Cochrane-review voorkomen magnesiumsupplementen gewone krampen bij ouderen waarschijnlijk niet. Bij zwangere vrouwen is het bewijs onduidelijk. Uncramp raadt geen enkel supplement aan.",
        &[],
    ),
    (
        "Food values come from the NIH Office of Dietary Supplements (2022 table) and the USDA National Nutrient Database for Standard Reference, release 26 (2013; later releases may differ slightly).",
        "De voedingswaarden komen van het NIH Office of Dietary Supplements (tabel uit 2022) en uit de USDA National Nutrient Database for Standard Reference, versie 26 (2013; latere versies kunnen iets afwijken).",
        &[],
    ),
    (
        "Kidney disease or on dialysis? Ask your kidney team before aiming for this target: see Good to know below.",
        "Hebt u een nierziekte of krijgt u dialyse? Overleg dan eerst met uw nierarts of diëtist voordat u dit doel probeert te halen. Zie \u{201c}Goed om te weten\u{201d} hieronder.",
        &[],
    ),
];
