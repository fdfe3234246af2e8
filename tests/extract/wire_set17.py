"""Set 17: war reporting of Dec 2025 - Jan 2026 in the manner of AP, Reuters and AFP, written for these tests and
scored once before any fix (the commit that added it gives the scores).

Three Russia-Ukraine stories (a missile and drone attack on Zaporizhzhia with a rising toll, a Russian capture
claim and Ukraine's answer, Ukrainian drone strikes inside Russia with the Russian Defence Ministry's tally), Gaza
and the West Bank under the ceasefire, south Lebanon, South and West Kordofan in Sudan, and Myanmar's war in
Rakhine, Shan and Sagaing. Two quiet pieces (peace talks, Gaza aid and reconstruction money) name war places
without violence. None is taken from any corpus.

Conventions are the seed gold's: a capture is a Battle at the place taken, "claimed" when only the side that took
it says so, "disputed" when the other side denies it; shoot-downs a side reports are Strategic developments at the
region (or the country when none is named), "claimed"; an attack told by the side that was hit, or by medics, or by
both sides, is "reported"; "no one was hurt" is a toll of 0 and 0. A denial that civilians were targeted, or of
who the dead were, is not a denial of the event.
"""

from __future__ import annotations

from wire_styles import BAT, EXP, STRAT, Gold

VAC = "Violence against civilians"

REUTERS_ZAPORIZHZHIA = (
    "2025-12-23",
    "Death toll from Russian strike on Zaporizhzhia rises to nine\n"
    "KYIV, Dec 23 (Reuters) - The death toll from a Russian missile and drone attack on the southeastern "
    "Ukrainian city of Zaporizhzhia rose to nine on Tuesday as rescuers pulled two more bodies from the rubble "
    "of a five-storey apartment block, regional governor Ivan Fedorov said.\n"
    "Twenty-three people were wounded, among them three children, Fedorov said on the Telegram messaging app. "
    "Images released by the emergency service showed a section of the building collapsed down to the ground "
    "floor.\n"
    "Zaporizhzhia, which had a pre-war population of about 700,000, lies some 40 km (25 miles) from the front "
    "line and has come under frequent attack. A strike on the city in early November killed six people.\n"
    "Russia also targeted port infrastructure in the southern Odesa region overnight. Drones hit warehouses in "
    "the Danube port of Izmail, the regional administration said. Two port workers were injured.\n"
    "In the Dnipropetrovsk region, a drone hit a high-rise building in the city of Dnipro, injuring two "
    "people, governor Serhiy Lysak said. A 40-year-old woman was also hurt by falling debris in the nearby town "
    "of Pidhorodne.\n"
    "In the northeastern Kharkiv region, a Russian guided aerial bomb killed a 64-year-old man in the village "
    "of Zolochiv, about 20 km from the Russian border, prosecutors said. In the city of Kharkiv, drones "
    "damaged an energy facility, Mayor Ihor Terekhov said, without giving details.\n"
    "Ukraine's air force said Russia had launched 135 drones and eight missiles at the country overnight, and "
    "that air defences had shot down or jammed 112 drones and five missiles.\n"
    "There was no immediate comment from Moscow, which denies deliberately targeting civilians. More than "
    "14,000 civilians have been killed in Ukraine since Russia's full-scale invasion in February 2022, according "
    "to the United Nations.\n"
    "(Reporting by Reuters staff; Editing by Editor Name)",
    [
        Gold(47.84, 35.14, 25, "2025-12-23", 1, EXP, 9, 23, "reported"),
        Gold(45.35, 28.84, 10, "2025-12-23", 1, EXP, None, 2, "reported"),
        Gold(48.46, 35.05, 25, "2025-12-23", 1, EXP, None, 2, "reported"),
        Gold(48.57, 35.10, 10, "2025-12-23", 1, EXP, None, 1, "reported"),
        Gold(50.28, 35.98, 10, "2025-12-23", 1, EXP, 1, None, "reported"),
        Gold(49.99, 36.23, 25, "2025-12-23", 1, EXP, None, None, "reported"),
        Gold(47.84, 35.14, 25, "2025-11-05", 10, EXP, 6, None, "reported", background=True),
        Gold(49.0, 31.4, 800, "2025-12-23", 1, STRAT, None, None, "claimed"),
    ],
)

AFP_VOVCHANSK = (
    "2025-12-28",
    "Russia says it has taken Vovchansk, Kyiv says fighting goes on\n"
    "Russia's defence ministry said Sunday its troops had captured the town of Vovchansk in Ukraine's "
    "northeastern Kharkiv region, a claim Kyiv swiftly rejected.\n"
    "Vovchansk, which lies about five kilometres from the Russian border and some 70 kilometres northeast of "
    "the city of Kharkiv, has been largely reduced to ruins since Moscow launched a cross-border offensive there "
    "in May 2024.\n"
    'The ministry also said its forces had "liberated" the town of Lyman in the eastern Donetsk region.\n'
    '"The claims about the capture of Vovchansk are false. Our units continue to hold positions in the '
    "northern part of the town,\" a spokesman for Ukraine's northern group of forces told AFP. Ukraine's army did "
    "not comment on Lyman.\n"
    "AFP was unable to independently verify either side's claims.\n"
    "Russian shelling of Kostiantynivka, which Moscow's forces have been trying to encircle for months, killed "
    "two people on Sunday, Donetsk regional governor Vadym Filashkin said. Five more people, including a child, "
    "were wounded when a glide bomb struck the centre of Kramatorsk, he added.\n"
    "In Sloviansk, a Russian drone hit a minibus, killing its driver, police said.\n"
    "Ukraine's general staff said its forces had struck a Russian ammunition depot near the occupied town of "
    "Tokmak in the Zaporizhzhia region overnight.\n"
    "President Volodymyr Zelensky, speaking in Kyiv ahead of a trip to meet US officials, said Russia was "
    'trying to "seize as much as possible" before any ceasefire.',
    [
        Gold(50.29, 36.94, 10, "2025-12-28", 1, BAT, None, None, "disputed", "Ukraine"),
        Gold(48.99, 37.81, 10, "2025-12-28", 1, BAT, None, None, "claimed"),
        Gold(48.53, 37.71, 10, "2025-12-28", 1, EXP, 2, None, "reported"),
        Gold(48.72, 37.56, 10, "2025-12-28", 1, EXP, None, 5, "reported"),
        Gold(48.85, 37.60, 10, "2025-12-28", 1, EXP, 1, None, "reported"),
        Gold(47.25, 35.71, 10, "2025-12-28", 1, EXP, None, None, "claimed"),
    ],
)

REUTERS_RUSSIA_DRONES = (
    "2026-01-04",
    "Ukrainian drones hit Russian refinery, Moscow says it downed 89\n"
    "MOSCOW, Jan 4 (Reuters) - Russian air defence units destroyed 89 Ukrainian drones overnight, the Russian "
    "Defence Ministry said on Sunday, including 31 over the Bryansk region and 17 over the Kursk region.\n"
    "Moscow Mayor Sergei Sobyanin said 14 drones flying towards the capital had been shot down since midnight. "
    "Flights were briefly suspended at Vnukovo and Domodedovo airports.\n"
    "Ukraine's General Staff said its drones had hit the Novokuibyshevsk oil refinery in Russia's Samara region, "
    "some 800 km (500 miles) from the border, causing a fire. Reuters could not independently verify the claim, "
    "and Russian officials did not comment on it.\n"
    "In the Voronezh region, a drone attack on an oil depot in the town of Liski started a fire, regional "
    "governor Alexander Gusev said. No one was hurt.\n"
    "In the Belgorod region, which borders Ukraine, a drone struck a car in the town of Shebekino, killing the "
    "driver, Governor Vyacheslav Gladkov said. Two passengers were taken to hospital with shrapnel wounds.\n"
    "Debris from a downed drone set fire to a fuel tank at the refinery in Slavyansk-na-Kubani in the "
    "southern Krasnodar region, local authorities said.\n"
    "Kyiv says its strikes on Russian oil facilities are aimed at cutting the revenue that funds Moscow's war. "
    "The Ryazan refinery, southeast of Moscow, was hit several times last year.",
    [
        Gold(53.24, 34.37, 150, "2026-01-04", 1, STRAT, None, None, "claimed"),
        Gold(51.73, 36.19, 150, "2026-01-04", 1, STRAT, None, None, "claimed"),
        Gold(55.75, 37.62, 25, "2026-01-04", 1, STRAT, None, None, "claimed"),
        Gold(53.10, 49.92, 15, "2026-01-04", 1, EXP, None, None, "claimed"),
        Gold(50.98, 39.50, 10, "2026-01-04", 1, EXP, 0, 0, "reported"),
        Gold(50.41, 36.90, 10, "2026-01-04", 1, EXP, 1, 2, "reported"),
        Gold(45.26, 38.12, 15, "2026-01-04", 1, EXP, None, None, "reported"),
    ],
)

AP_GAZA_WEST_BANK = (
    "2026-01-08",
    "Israeli strikes kill 7 in Gaza as ceasefire frays, health officials say\n"
    "DEIR AL-BALAH, Gaza Strip (AP) — An Israeli airstrike on a tent in the Muwasi area of Khan Younis killed "
    "four people, including two children, early Thursday, according to Nasser Hospital, which received the "
    "bodies.\n"
    "Earlier, an Israeli drone strike in Beit Lahiya, in the north of the territory, killed two men. The "
    "Israeli military said they had crossed the so-called yellow line that separates Israeli-held areas from "
    "the rest of Gaza and approached troops.\n"
    "Israeli troops also opened fire on a group of people east of Gaza City's Shijaiyah neighborhood, killing "
    "one man, Shifa Hospital said. Relatives said he had been collecting firewood.\n"
    "The military said militants had emerged from a tunnel in Rafah on Wednesday and fired at troops, who "
    "returned fire. Hamas said it had no knowledge of any clash in Rafah and accused Israel of inventing "
    "pretexts to violate the truce.\n"
    "Gaza's Health Ministry says more than 420 Palestinians have been killed since the ceasefire took effect on "
    "Oct. 10. The war, triggered by the Hamas-led attack on Israel on Oct. 7, 2023, has killed more than 71,000 "
    "Palestinians, according to the ministry, which does not distinguish between civilians and combatants.\n"
    "In the occupied West Bank, Israeli settlers attacked the village of Turmus Ayya, setting two cars and a "
    "house on fire, the Palestinian Red Crescent said. Three Palestinians were injured.",
    [
        Gold(31.34, 34.30, 10, "2026-01-08", 1, EXP, 4, None, "reported"),
        Gold(31.55, 34.50, 10, "2026-01-08", 1, EXP, 2, None, "reported"),
        Gold(31.50, 34.48, 10, "2026-01-08", 1, VAC, 1, None, "reported"),
        Gold(31.29, 34.25, 10, "2026-01-07", 1, BAT, None, None, "disputed", "Hamas"),
        Gold(32.03, 35.29, 10, "2026-01-08", 1, VAC, None, 3, "reported"),
    ],
)

REUTERS_LEBANON = (
    "2026-01-13",
    "Israeli strikes kill two in south Lebanon, Israel says it hit Hezbollah sites\n"
    "BEIRUT, Jan 13 (Reuters) - An Israeli drone strike on a car in the southern Lebanese town of Bint Jbeil, "
    "about 4 km from the border with Israel, killed two people on Tuesday, Lebanon's health ministry said.\n"
    "The Israeli military said it had killed a Hezbollah operative who was trying to rebuild the group's "
    "infrastructure in the area. A separate strike on the village of Aitaroun wounded one man, the state-run "
    "National News Agency reported.\n"
    "Israeli warplanes later struck what the military described as Hezbollah weapons depots near Hermel in the "
    "northern Bekaa Valley. There was no immediate word on casualties.\n"
    "The military also said its troops had fired on a Hezbollah observation post near the border village of "
    "Kfar Kila. Hezbollah denied that any of its positions had been hit.\n"
    "Israel has kept up near-daily strikes on Lebanon despite a November 2024 ceasefire that ended more than a "
    "year of hostilities with Hezbollah. Lebanese officials say more than 330 people have been killed since the "
    'truce. Prime Minister Nawaf Salam, speaking to reporters in Beirut, called the strikes a "flagrant '
    'violation" of Lebanese sovereignty.',
    [
        Gold(33.12, 35.43, 10, "2026-01-13", 1, EXP, 2, None, "reported"),
        Gold(33.12, 35.47, 10, "2026-01-13", 1, EXP, None, 1, "reported"),
        Gold(34.39, 36.39, 15, "2026-01-13", 1, EXP, None, None, "claimed"),
        Gold(33.28, 35.56, 10, "2026-01-13", 1, EXP, None, None, "disputed", "Hezbollah"),
    ],
)

AFP_KORDOFAN = (
    "2025-12-17",
    "Drone strike on Sudan market kills 16 as fighting spreads in Kordofan\n"
    "PORT SUDAN, Dec 17 (AFP) - A drone strike on a crowded market in Kadugli, the capital of Sudan's South "
    "Kordofan state, killed 16 civilians on Tuesday, a local medical group said, blaming the paramilitary Rapid "
    "Support Forces.\n"
    "Another 30 people were wounded, the Sudan Doctors Network said in a statement. The RSF did not respond to a "
    "request for comment.\n"
    "The regular army said it had repelled an RSF assault on the town of Dilling, about 150 kilometres north of "
    "Kadugli, inflicting heavy losses on the attackers. The army also said its air defences shot down several "
    "drones over El Obeid, the capital of North Kordofan.\n"
    "The RSF said on Telegram that its fighters had seized the army's base at Babanusa in West Kordofan, but an "
    "army spokesman denied this, saying the 22nd Infantry Division still held the garrison.\n"
    "The RSF took control of El Fasher, the army's last stronghold in the western Darfur region, in late October "
    "after an 18-month siege, amid reports of mass killings.\n"
    "The war between the army and the RSF, which erupted in April 2023, has killed tens of thousands of people "
    "and uprooted about 12 million, according to the United Nations.",
    [
        Gold(11.01, 29.72, 10, "2025-12-16", 1, EXP, 16, 30, "reported"),
        Gold(12.05, 29.65, 10, "2025-12-16", 1, BAT, None, None, "claimed"),
        Gold(13.18, 30.22, 25, "2025-12-16", 1, STRAT, None, None, "claimed"),
        Gold(11.33, 27.81, 10, "2025-12-16", 1, BAT, None, None, "disputed", "Sudanese army"),
        Gold(13.63, 25.35, 25, "2025-10-26", 7, BAT, None, None, "reported", background=True),
    ],
)

AP_MYANMAR = (
    "2026-01-09",
    "Myanmar airstrike kills 12 in Rakhine town held by rebels, group says\n"
    "BANGKOK (AP) — Myanmar military airstrikes on Kyauktaw, a town in western Rakhine state held by the Arakan "
    "Army, killed 12 civilians including four children, the ethnic armed group said Friday.\n"
    "A spokesman for the military government denied that its aircraft had carried out any strike in the area. "
    "The claims could not be independently verified, as access to the region is restricted.\n"
    "State media said troops had retaken the town of Hsipaw in northern Shan state from the Ta'ang National "
    "Liberation Army. The TNLA did not respond to requests for comment.\n"
    "In the central Sagaing region, a local People's Defense Force unit said it had ambushed a military convoy "
    "on a road outside Monywa on Thursday, killing seven soldiers.\n"
    "A military airstrike on a hospital in the Rakhine town of Mrauk-U last month killed more than 30 people, "
    "according to the Arakan Army and aid workers. The military is holding a staggered general election that "
    "critics say is neither free nor fair.",
    [
        Gold(20.84, 92.98, 10, "2026-01-09", 2, EXP, 12, None, "disputed", "Myanmar military"),
        Gold(22.62, 97.30, 10, "2026-01-09", 2, BAT, None, None, "claimed"),
        Gold(22.11, 95.14, 25, "2026-01-08", 1, BAT, 7, None, "claimed"),
        Gold(20.59, 93.19, 10, "2025-12-10", 20, EXP, 30, None, "reported", background=True),
    ],
)

QUIET_TALKS = (
    "2025-12-30",
    "Zelensky says territory remains hardest issue after Florida talks\n"
    "KYIV, Dec 30 (Reuters) - President Volodymyr Zelensky said on Tuesday that the future of the eastern "
    "Donetsk region and the Russian-held Zaporizhzhia nuclear power plant remained the hardest questions in a "
    "U.S.-backed peace plan, after his team held talks with U.S. envoys in Florida.\n"
    "Russia, which controls about a fifth of Ukraine including Crimea, wants Kyiv to withdraw its troops from "
    "the parts of Donetsk it still holds, including the cities of Kramatorsk and Sloviansk. Ukraine has "
    "proposed a demilitarised zone instead.\n"
    "Kremlin spokesman Dmitry Peskov told reporters in Moscow that contacts with Washington would continue. "
    "European leaders are due to meet in Paris next week to discuss security guarantees for Ukraine.",
    [],
)

QUIET_GAZA_AID = (
    "2026-01-15",
    "Donors pledge funds for Gaza rebuilding as aid trucks increase\n"
    "CAIRO (AP) — Donors meeting in Cairo pledged several billion dollars on Thursday toward rebuilding Gaza, "
    "where the United Nations estimates reconstruction will cost about $70 billion.\n"
    "About 600 aid trucks a day are now entering the territory through the Kerem Shalom and Zikim crossings, "
    "Israel's COGAT agency said. U.N. officials said food prices in Gaza City and Khan Younis had fallen sharply "
    "since the ceasefire but that shelter materials were still scarce.\n"
    "Egypt said the Rafah crossing with Gaza should reopen in both directions, and Lebanon's finance minister, "
    "who attended the meeting, asked for help rebuilding villages in the south of the country.",
    [],
)

SEVENTEENTH_SET = {
    "s17-reuters-zaporizhzhia": REUTERS_ZAPORIZHZHIA,
    "s17-afp-vovchansk": AFP_VOVCHANSK,
    "s17-reuters-russia-drones": REUTERS_RUSSIA_DRONES,
    "s17-ap-gaza-west-bank": AP_GAZA_WEST_BANK,
    "s17-reuters-lebanon": REUTERS_LEBANON,
    "s17-afp-kordofan": AFP_KORDOFAN,
    "s17-ap-myanmar": AP_MYANMAR,
    "s17-quiet-talks": QUIET_TALKS,
    "s17-quiet-gaza-aid": QUIET_GAZA_AID,
}
QUIET = {"s17-quiet-talks", "s17-quiet-gaza-aid"}

# Known gaps at the first scoring (main 1ebb2e6, again on f8d4c06; rules and model alike), no fix yet:
SEVENTEENTH_GAPS = {
    "s17-reuters-russia-drones": "debris of a downed drone setting fire to a refinery tank (told by local "
    "authorities) is coded a claimed shoot-down: debatable gold, the seed's debris convention",
    "s17-reuters-lebanon": "Aitaroun is coded at the Nabatieh governorate (region level) and Kfar Kila, Hezbollah's "
    "denial with it, has no event; Israel's strikes near Hermel, described only by its military, coded reported "
    "(debatable gold: the strike itself is told as fact)",
    "s17-ap-myanmar": "Hsipaw (in no gazetteer) is coded at Shan State, region level; the PDF's ambush outside Monywa, told only by the "
    "PDF, is coded reported",
}
# Events coded that match no gold event:
SEVENTEENTH_INVENTED = {
    "s17-ap-myanmar": "Hsipaw's capture coded at Shan State (region level; Hsipaw is in no gazetteer)",
}
