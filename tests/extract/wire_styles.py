"""Wire-style test articles in reporting styles and wars the seed corpus does not have, each with its gold
events, and a scorer that counts what the coder gets right per field (the same fields as the seed scorer).

Written for these tests, in the manner of an AP/Reuters story (quotes, attribution at the end, follow-up
tolls), an ISW campaign assessment, a UN OCHA situation update with bullets and cumulative tolls, and reports
of the wars in Lebanon, Sudan, Myanmar, the Sahel and eastern Congo. None is taken from any corpus.
"""

from __future__ import annotations

import datetime as dt
import math
from dataclasses import dataclass

EXP, BAT, STRAT = "Explosions/Remote violence", "Battles", "Strategic developments"


@dataclass(frozen=True)
class Gold:
    lat: float
    lon: float
    tol_km: float
    date: str
    date_tol: int
    event_type: str
    fatalities: int | None
    injured: int | None
    claim: str
    disputed_by: str | None = None
    # An earlier event the article recaps (the seed gold's `background`): not required, but an event coded
    # for it with its own date is not invented either.
    background: bool = False


AP_UKRAINE = (
    "2025-11-20",
    "Russian missile strike on Ternopil kills at least 19, Ukraine says\n"
    "\n"
    "KYIV, Ukraine (AP) — Russian missiles slammed into two apartment buildings in the western city of Ternopil "
    "early Wednesday, killing at least 19 people, including three children, and wounding 64 others, Ukrainian "
    "officials said.\n"
    "\n"
    "“We heard a whistle and then the whole block collapsed,” said Oksana Melnyk, 61, who lives nearby.\n"
    "\n"
    "Rescuers worked through the night, and by Thursday the death toll had risen to 26, the State Emergency "
    "Service said.\n"
    "\n"
    "In the southern city of Zaporizhzhia, a drone attack overnight wounded five people, regional governor Ivan "
    "Fedorov said. Two other people were also injured, he added.\n"
    "\n"
    "Russia’s Defense Ministry said its forces had captured the village of Kurylivka in the Kharkiv region. It "
    "also said air defenses shot down 41 Ukrainian drones over the Bryansk region overnight. Ukraine’s military "
    "did not comment.\n"
    "\n"
    "The drones were launched from the Sumy region, the ministry said. Officials in Kyiv said the attacks showed "
    "that Moscow had no interest in peace.\n",
    [
        Gold(49.55, 25.59, 10, "2025-11-19", 1, EXP, 26, 64, "reported"),  # Ternopil, the later toll
        Gold(47.85, 35.12, 15, "2025-11-19", 1, EXP, None, 7, "reported"),  # Zaporizhzhia, five + two others
        Gold(49.66, 37.70, 10, "2025-11-19", 1, BAT, None, None, "claimed"),  # Kurylivka, Kharkiv region
        Gold(53.25, 34.37, 150, "2025-11-19", 1, STRAT, None, None, "claimed"),  # over the Bryansk region
    ],
)

ISW_ASSESSMENT = (
    "2025-12-04",
    "Russian Offensive Campaign Assessment, December 3, 2025\n"
    "\n"
    "Russian forces recently advanced in the Pokrovsk direction. Geolocated footage published on December 2 "
    "indicates that Russian forces advanced in southern Rodynske (northeast of Pokrovsk). Russian milbloggers "
    "claimed that Russian forces seized Udachne (southwest of Pokrovsk), but ISW has not observed confirmation "
    "of this claim.\n"
    "\n"
    "Ukrainian forces struck the Novoshakhtinsk oil refinery in Rostov Oblast with drones on the night of "
    "December 2 to 3. Rostov Oblast Governor Yuri Slyusar claimed that Russian air defenses destroyed 18 drones "
    "over the region and denied that the refinery was damaged.\n"
    "\n"
    "Russian forces continued offensive operations near Kupiansk on December 3 but did not advance. Ukraine’s "
    "General Staff reported that Ukrainian forces repelled 12 Russian assaults near Kupiansk.\n"
    "\n"
    "ISW continues to assess that the Kremlin is unlikely to accept any peace proposal that does not meet its "
    "maximalist demands.\n",
    [
        Gold(48.35, 37.21, 4, "2025-12-02", 1, BAT, None, None, "reported"),  # Rodynske, geolocated footage
        Gold(48.24, 36.99, 4, "2025-12-03", 2, BAT, None, None, "claimed"),  # Udachne, milbloggers only
        Gold(47.76, 39.93, 20, "2025-12-03", 1, EXP, None, None, "disputed", "Russia"),  # the refinery
        Gold(47.23, 39.72, 150, "2025-12-03", 1, STRAT, None, None, "claimed"),  # drones downed over Rostov
        Gold(49.71, 37.62, 10, "2025-12-03", 1, BAT, None, None, "reported"),  # Kupiansk
    ],
)

OCHA_UPDATE = (
    "2025-03-21",
    "Humanitarian Situation Update #271 | Gaza Strip\n"
    "\n"
    "Key highlights\n"
    "\n"
    "• Between the afternoons of 18 and 20 March, 137 Palestinians were reportedly killed across the Gaza "
    "Strip, according to the Ministry of Health in Gaza.\n"
    "• On 19 March, at about 13:30, an airstrike reportedly hit a tent encampment in Al Mawasi, west of Khan "
    "Younis, killing six people, including two children.\n"
    "• On 19 March, a residential building was hit in Beit Lahia, reportedly killing nine people and injuring "
    "17. Four more bodies were recovered from the rubble on the following day, according to the Civil Defence.\n"
    "• On 20 March, an Israeli drone strike killed two men in Jenin, in the northern West Bank, according to "
    "the Palestinian Ministry of Health.\n"
    "• Since 7 October 2023, at least 49,617 Palestinians have been killed and 112,950 injured in Gaza, "
    "according to the Ministry of Health.\n",
    [
        Gold(31.34, 34.31, 10, "2025-03-19", 1, EXP, 6, None, "reported"),  # Al Mawasi, by Khan Younis
        Gold(31.55, 34.50, 5, "2025-03-19", 1, EXP, 13, 17, "reported"),  # Beit Lahia, nine + four more
        Gold(32.46, 35.30, 5, "2025-03-20", 1, EXP, 2, None, "reported"),  # Jenin
    ],
)

REUTERS_LEBANON = (
    "2025-11-24",
    "Israeli strike on Beirut suburb kills five, Lebanon says\n"
    "\n"
    "BEIRUT, Nov 23 (Reuters) - An Israeli air strike on Beirut’s southern suburbs on Sunday killed five people "
    "and wounded 28, Lebanon’s health ministry said, the heaviest attack on the capital since a ceasefire took "
    "effect a year ago.\n"
    "\n"
    "The Israeli military said it had targeted Hezbollah’s acting chief of staff in the strike. Hezbollah did "
    "not immediately comment.\n"
    "\n"
    "Earlier on Sunday, a drone strike on a car in the southern town of Nabatieh killed one man, the state-run "
    "National News Agency reported.\n"
    "\n"
    "Hezbollah said its fighters fired guided missiles at an Israeli tank near the border village of Kfar Kila "
    "on Saturday, destroying it. The Israeli military denied that any of its tanks had been hit.\n"
    "\n"
    "Israel has kept up near-daily strikes in Lebanon since the truce, killing more than 330 people, according "
    "to a Reuters tally.\n",
    [
        Gold(33.89, 35.50, 15, "2025-11-23", 1, EXP, 5, 28, "reported"),  # Beirut
        Gold(33.38, 35.48, 8, "2025-11-23", 1, EXP, 1, None, "reported"),  # Nabatieh
        Gold(33.28, 35.55, 6, "2025-11-22", 1, EXP, None, None, "disputed", "Israel"),  # Kfar Kila
    ],
)

REUTERS_SUDAN = (
    "2025-10-28",
    "RSF claims capture of El Fasher as army chief admits withdrawal\n"
    "\n"
    "PORT SUDAN, Oct 27 (Reuters) - Sudan’s paramilitary Rapid Support Forces said on Sunday they had seized "
    "full control of El Fasher, the army’s last stronghold in Darfur, after a siege lasting more than 500 days.\n"
    "\n"
    "Army chief Abdel Fattah al-Burhan said on Monday that his troops had withdrawn to a safer location, but an "
    "army spokesman denied that the RSF controlled the whole city.\n"
    "\n"
    "In North Kordofan, a drone attack on a market in the town of Bara killed 12 people and wounded 20 on "
    "Monday, a medics’ group said, blaming the RSF. Bara lies about 60 km north of El Obeid, the state capital.\n"
    "\n"
    "Separately, shelling by the RSF killed seven civilians in the city of Dilling in South Kordofan, a local "
    "rights group said.\n"
    "\n"
    "The war, now in its third year, has killed tens of thousands of people and displaced about 12 million.\n",
    [
        Gold(13.63, 25.35, 15, "2025-10-26", 1, BAT, None, None, "disputed", "Sudanese army"),  # El Fasher
        Gold(13.70, 30.37, 10, "2025-10-27", 1, EXP, 12, 20, "reported"),  # Bara, not El Obeid
        Gold(12.05, 29.65, 10, "2025-10-27", 1, EXP, 7, None, "reported"),  # Dilling
    ],
)

MYANMAR_REPORT = (
    "2025-02-10",
    "Myanmar junta air strikes kill 14 in Rakhine, Arakan Army says\n"
    "\n"
    "Myanmar’s military carried out air strikes on a village near Kyaukphyu in Rakhine State on Saturday, "
    "killing 14 civilians, the Arakan Army said on Sunday. A junta spokesman, Major General Zaw Min Tun, "
    "dismissed the report as propaganda.\n"
    "\n"
    "The Kachin Independence Army said on Sunday its fighters had overrun a military outpost outside Bhamo "
    "after three days of fighting. Twenty-one soldiers were killed, the group said.\n"
    "\n"
    "Residents said the death toll from last week’s air strike on a market in Mogok had risen to thirty-one.\n",
    [
        # the gazetteer spells it Kyaukpyu: the Rakhine State region-level event is the honest answer
        Gold(19.43, 93.55, 150, "2025-02-08", 1, EXP, 14, None, "disputed", "Myanmar military"),
        Gold(24.25, 97.23, 10, "2025-02-09", 3, BAT, 21, None, "claimed"),  # outside Bhamo
        Gold(22.92, 96.51, 10, "2025-02-03", 7, EXP, 31, None, "reported"),  # Mogok, last week
    ],
)

SAHEL_REPORT = (
    "2025-06-03",
    "Jihadists kill more than 50 soldiers in attack on Burkina Faso army base\n"
    "\n"
    "OUAGADOUGOU, June 2 (Reuters) - Islamist militants killed more than 50 soldiers in an assault on an army "
    "base in the northern town of Djibo on Sunday, two security sources told Reuters.\n"
    "\n"
    "The al Qaeda-affiliated group JNIM claimed responsibility for the attack in a statement on Monday. The army "
    "did not respond to a request for comment.\n"
    "\n"
    "In neighbouring Niger, a roadside bomb struck a military patrol near Tillabéri on Saturday, killing four "
    "soldiers and wounding three, the defence ministry said.\n"
    "\n"
    "Mali’s army said it had carried out air strikes on militant hideouts near Ansongo on Monday, killing 20 "
    "fighters.\n",
    [
        Gold(14.10, -1.63, 10, "2025-06-01", 1, BAT, 50, None, "reported"),  # Djibo
        Gold(14.21, 1.45, 15, "2025-05-31", 1, EXP, 4, 3, "reported"),  # near Tillabéri
        Gold(15.66, 0.50, 15, "2025-06-02", 1, EXP, 20, None, "claimed"),  # near Ansongo, the army's word
    ],
)

AP_CONGO = (
    "2025-01-28",
    "M23 rebels say they have taken Goma; Congo says its troops still hold positions\n"
    "\n"
    "GOMA, Congo (AP) — Rwanda-backed M23 rebels said on Monday they had captured Goma, the largest city in "
    "eastern Congo. Congo’s government denied that the city had fallen, saying its troops still held key "
    "positions, including the airport.\n"
    "\n"
    "At least 17 people were killed and 367 wounded in the fighting, the health ministry said on Tuesday.\n"
    "\n"
    "Further north, the Congolese army said it had repelled an M23 attack on the town of Rutshuru, some 70 km "
    "north of Goma, killing 30 rebels. M23 dismissed the army’s account.\n",
    [
        Gold(-1.67, 29.23, 15, "2025-01-27", 1, BAT, 17, 367, "disputed", "Congolese army"),  # Goma
        Gold(-1.19, 29.45, 8, "2025-01-27", 1, BAT, 30, None, "disputed", "M23"),  # Rutshuru, not Goma
    ],
)

ARTICLES = {
    "ap-ukraine": AP_UKRAINE,
    "isw-assessment": ISW_ASSESSMENT,
    "ocha-update": OCHA_UPDATE,
    "reuters-lebanon": REUTERS_LEBANON,
    "reuters-sudan": REUTERS_SUDAN,
    "myanmar-report": MYANMAR_REPORT,
    "sahel-report": SAHEL_REPORT,
    "ap-congo": AP_CONGO,
}


def _km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    p1, p2 = math.radians(lat1), math.radians(lat2)
    h = (
        math.sin((p2 - p1) / 2) ** 2
        + math.cos(p1) * math.cos(p2) * math.sin(math.radians(lon2 - lon1) / 2) ** 2
    )
    return 12742.0 * math.asin(math.sqrt(h))


def match(gold: list[Gold], events: list) -> tuple[list[tuple[Gold, object | None]], list]:
    """Each required gold event with the nearest unused event within its distance and date tolerance (as the
    seed scorer matches), and the events that match no gold event, required or background (invented)."""
    used: set[int] = set()
    pairs = []
    for g in sorted(gold, key=lambda g: g.background):  # required ones choose first
        best, bd = None, None
        for i, e in enumerate(events):
            d = _km(g.lat, g.lon, e.lat, e.lon)
            days = abs((dt.date.fromisoformat(e.event_date[:10]) - dt.date.fromisoformat(g.date)).days)
            if i in used or d > g.tol_km or days > g.date_tol:
                continue
            if bd is None or d < bd:
                best, bd = i, d
        if best is not None:
            used.add(best)
        if not g.background:
            pairs.append((g, events[best] if best is not None else None))
    return pairs, [e for i, e in enumerate(events) if i not in used]


def wrong_fields(g: Gold, e) -> list[str]:
    """The fields the event gets wrong against its gold (type, fatalities, injured, claim, disputed_by)."""
    out = []
    for name, want, got in (
        ("type", g.event_type, e.event_type),
        ("fatalities", g.fatalities, e.fatalities),
        ("injured", g.injured, e.injured),
        ("claim", g.claim, e.claim_status),
        ("disputed_by", g.disputed_by, e.disputed_by),
    ):
        if want != got:
            out.append(f"{name}: gold={want!r} system={got!r}")
    return out


# A second set, written after the coder had been fixed on the eight above and scored before any further fix:
# the best stand-in for copy the coder has never seen (the README gives both scores).
REUTERS_KHARKIV = (
    "2025-09-14",
    "Russian drones hit Kharkiv apartment block, four killed\n"
    "\n"
    "KHARKIV, Ukraine, Sept 13 (Reuters) - A Russian drone attack on Ukraine’s second-largest city of Kharkiv "
    "killed at least four people, including a 10-year-old boy, and damaged a nine-storey apartment block "
    "overnight, Mayor Ihor Terekhov said on Saturday.\n"
    "\n"
    "By the evening, the number of injured had risen to 35, regional governor Oleh Syniehubov said.\n"
    "\n"
    "Ukraine’s air force said Russia had launched 120 drones and five missiles from the Kursk and Bryansk "
    "regions and from occupied Crimea overnight, and that 98 drones had been shot down or jammed.\n"
    "\n"
    "Across the border, a Ukrainian drone struck a car in the town of Shebekino in Russia’s Belgorod region, "
    "killing two men, Belgorod Governor Vyacheslav Gladkov said. A woman was also wounded.\n"
    "\n"
    "Ukraine’s military said it had hit an ammunition depot near the Russian city of Kursk, some 100 km from "
    "the border. Russia’s Defence Ministry did not comment on the report.\n",
    [
        Gold(49.98, 36.25, 15, "2025-09-13", 1, EXP, 4, 35, "reported"),  # Kharkiv, the later injured count
        Gold(50.41, 36.93, 10, "2025-09-13", 1, EXP, 2, 1, "reported"),  # Shebekino, two men + a woman
        Gold(51.73, 36.18, 25, "2025-09-13", 1, EXP, None, None, "claimed"),  # near Kursk, Ukraine's word
        # drones downed over Ukraine (no place named), as the seed gold codes the air force's count
        Gold(49.0, 31.4, 800, "2025-09-13", 1, STRAT, None, None, "claimed"),
    ],
)

AP_YEMEN = (
    "2025-07-08",
    "Israel strikes Yemen’s Hodeidah port after Houthi missile fire\n"
    "\n"
    "SANAA, Yemen (AP) — Israeli warplanes struck the Red Sea port of Hodeidah on Monday, hitting fuel tanks "
    "and a power station, the Israeli military said. The Houthi-run health ministry said three people were "
    "killed and 87 wounded.\n"
    "\n"
    "The Houthis said hours earlier they had fired a ballistic missile at Ben Gurion Airport near Tel Aviv. The "
    "Israeli military said the missile was intercepted and no one was hurt.\n"
    "\n"
    "Houthi spokesman Yahya Saree said the group’s forces had also shot down an American MQ-9 Reaper drone over "
    "Marib province, a claim the U.S. military denied.\n"
    "\n"
    "The Houthis have attacked more than 100 merchant ships since the war in Gaza began.\n",
    [
        Gold(14.80, 42.95, 15, "2025-07-07", 1, EXP, 3, 87, "reported"),  # Hodeidah
        Gold(32.01, 34.89, 25, "2025-07-07", 1, STRAT, 0, 0, "claimed"),  # the intercept, Israel's word
        # over Marib province; the U.S. military denies (None before the U.S.-Houthi war was in the lexicon)
        Gold(15.46, 45.33, 150, "2025-07-07", 1, STRAT, None, None, "disputed", "United States"),
    ],
)

AP_GAZA = (
    "2025-05-20",
    "Israeli strikes kill at least 22 in central Gaza, hospital says\n"
    "\n"
    "DEIR AL-BALAH, Gaza Strip (AP) — Israeli strikes on a school sheltering displaced families in Deir "
    "al-Balah killed at least 22 people overnight, including eight children, according to the Al-Aqsa Martyrs "
    "Hospital, which received the bodies.\n"
    "\n"
    "The Israeli military said it had struck a Hamas command centre inside the compound and that it had taken "
    "steps to reduce harm to civilians.\n"
    "\n"
    "Hamas’ armed wing said its fighters blew up an Israeli armoured vehicle in Jabalia with an explosive "
    "device, killing and wounding its crew. The Israeli military did not comment.\n"
    "\n"
    "In Nuseirat, a strike on a house killed a couple and their three children, civil defence officials said.\n"
    "\n"
    "More than 53,000 Palestinians have been killed in Gaza since the war began, according to the territory’s "
    "health ministry.\n",
    [
        Gold(31.42, 34.35, 10, "2025-05-19", 1, EXP, 22, None, "reported"),  # Deir al-Balah
        Gold(31.53, 34.48, 10, "2025-05-19", 1, EXP, None, None, "claimed"),  # Jabalia, Hamas's own word
        Gold(31.45, 34.39, 6, "2025-05-19", 1, EXP, 5, None, "reported"),  # Nuseirat, a couple and three
    ],
)

OCHA_MYANMAR = (
    "2025-05-06",
    "Myanmar: Flash Update No. 12\n"
    "\n"
    "Highlights\n"
    "\n"
    "• On 3 May, airstrikes hit a monastery in Sagaing township, Sagaing Region, reportedly killing eight "
    "civilians and injuring 15, according to local sources.\n"
    "• Clashes between the Myanmar Armed Forces and the Ta’ang National Liberation Army (TNLA) continued near "
    "Kyaukme in northern Shan State on 4 May. The TNLA said it had repelled a military counter-attack.\n"
    "• On 4 May, artillery shells landed in a residential area of Sittwe, Rakhine State, killing two children.\n"
    "• Since the military takeover in February 2021, more than 6,000 civilians have been killed across the "
    "country, according to monitoring groups.\n",
    [
        Gold(21.88, 95.98, 15, "2025-05-03", 1, EXP, 8, 15, "reported"),  # Sagaing
        Gold(22.54, 97.03, 10, "2025-05-04", 1, BAT, None, None, "reported"),  # near Kyaukme
        Gold(20.15, 92.90, 10, "2025-05-04", 1, EXP, 2, None, "reported"),  # Sittwe
    ],
)

UNSEEN = {
    "reuters-kharkiv": REUTERS_KHARKIV,
    "ap-yemen": AP_YEMEN,
    "ap-gaza": AP_GAZA,
    "ocha-myanmar": OCHA_MYANMAR,
}


# A third set, written after every fix above and scored before any further one.
KYIV_BULLETINS = (
    "2025-10-16",
    "Ukraine war latest: Russian strikes hit Kherson, Odesa region\n"
    "\n"
    "Key developments on Oct. 15:\n"
    "\n"
    "• Russian shelling of Kherson killed two people and injured seven, the regional administration reported.\n"
    "• One more person died in hospital later in the day, Governor Oleksandr Prokudin said.\n"
    "• A drone struck a grain terminal in Izmail in Odesa Oblast overnight, starting a fire. No one was hurt, "
    "officials said.\n"
    "• Ukraine’s General Staff said its forces had hit a Russian air defense system near Nova Kakhovka.\n"
    "• Since the beginning of October, Russian attacks on Kherson Oblast have killed 31 civilians, according "
    "to regional authorities.\n",
    [
        Gold(46.64, 32.61, 10, "2025-10-15", 1, EXP, 3, 7, "reported"),  # Kherson, two + one more
        Gold(45.35, 28.84, 10, "2025-10-15", 1, EXP, 0, 0, "reported"),  # Izmail terminal
        Gold(46.75, 33.37, 10, "2025-10-15", 1, EXP, None, None, "claimed"),  # near Nova Kakhovka
    ],
)

IDF_LEBANON = (
    "2025-12-02",
    "Israeli army says it struck Hezbollah sites in south Lebanon\n"
    "\n"
    "The Israeli military said on Monday that its aircraft had struck Hezbollah weapons depots and a rocket "
    "launcher in the area of Naqoura overnight, accusing the group of violating the ceasefire.\n"
    "\n"
    "Lebanon’s health ministry said a strike on a motorcycle near Tyre killed one person and wounded two, "
    "without saying who carried it out.\n"
    "\n"
    "Hezbollah denied that it had any weapons at the sites in Naqoura, calling the Israeli statement a "
    "pretext for attacks.\n",
    [
        Gold(33.12, 35.14, 10, "2025-12-01", 1, EXP, None, None, "disputed", "Hezbollah"),  # Naqoura
        Gold(33.27, 35.19, 10, "2025-12-01", 1, EXP, 1, 2, "reported"),  # near Tyre
    ],
)

AFP_BURKINA = (
    "2025-08-12",
    "Burkina Faso: jihadists attack army post in north, dozens dead\n"
    "\n"
    "OUAGADOUGOU, Aug 11 (AFP) - Jihadist fighters attacked an army post in Gorom-Gorom in northern Burkina "
    "Faso on Sunday, killing at least 30 soldiers and volunteers, security sources told AFP.\n"
    "\n"
    "JNIM said in a statement that its fighters had overrun the post and seized weapons. The army’s "
    "communication service said the attack had been repelled and that dozens of assailants were "
    "neutralised.\n"
    "\n"
    "On the same day, an army drone strike near Dori killed 12 militants, the army said.\n"
    "\n"
    "Violence by jihadist groups has killed thousands of people in Burkina Faso since 2015.\n",
    [
        # the army denies JNIM's overrun, not the attack and its toll: reported
        Gold(14.44, -0.23, 10, "2025-08-10", 1, BAT, 30, None, "reported"),  # Gorom-Gorom
        Gold(14.03, -0.03, 10, "2025-08-10", 1, EXP, 12, None, "claimed"),  # near Dori
    ],
)

THIRD_SET = {
    "kyiv-bulletins": KYIV_BULLETINS,
    "idf-lebanon": IDF_LEBANON,
    "afp-burkina": AFP_BURKINA,
}


# A fourth set, written last and scored once, with no fix after it: the final estimate for unseen copy.
REUTERS_SARATOV = (
    "2025-11-03",
    "Ukrainian drones hit Saratov refinery; Russia says it took two villages\n"
    "\n"
    "MOSCOW, Nov 2 (Reuters) - Ukrainian drones struck an oil refinery in the Russian city of Saratov overnight, "
    "Ukraine’s General Staff said on Sunday. Saratov regional governor Roman Busargin said debris from a downed "
    "drone had damaged a residential building and that two people were injured.\n"
    "\n"
    "Russia’s Defence Ministry said its troops had captured the villages of Komyshuvakha in the Zaporizhzhia "
    "region and Sukhetske near Pokrovsk. Ukraine’s military said its forces were still fighting in "
    "Komyshuvakha.\n"
    "\n"
    "In Kostiantynivka, a Russian glide bomb killed two civilians on Saturday, regional governor Vadym Filashkin "
    "said.\n",
    [
        Gold(51.54, 45.99, 15, "2025-11-02", 1, EXP, None, None, "claimed"),  # the refinery, Ukraine's word
        # the governor's downed drone and its debris, coded apart as the seed gold codes Tula's governor
        Gold(51.54, 45.99, 150, "2025-11-02", 1, STRAT, None, 2, "claimed"),
        Gold(47.71, 35.52, 10, "2025-11-02", 1, BAT, None, None, "disputed", "Ukraine"),  # Komyshuvakha
        Gold(48.24, 37.14, 15, "2025-11-02", 1, BAT, None, None, "claimed"),  # Sukhetske, near Pokrovsk
        Gold(48.53, 37.71, 10, "2025-11-01", 1, EXP, 2, None, "reported"),  # Kostiantynivka
    ],
)

ALJAZEERA_SUDAN = (
    "2025-11-06",
    "Drone attack on funeral in Sudan’s El Obeid kills 40, medics say\n"
    "\n"
    "A drone strike on a funeral gathering in El Obeid, the capital of North Kordofan state, killed at least 40 "
    "people on Wednesday, most of them women and children, the Sudan Doctors Network said, accusing the RSF.\n"
    "\n"
    "The paramilitary group did not respond. The army said separately that its air defences had downed three "
    "RSF drones over Kadugli.\n"
    "\n"
    "More than 150,000 people are estimated to have been killed since the war began in April 2023.\n",
    [
        Gold(13.18, 30.22, 10, "2025-11-05", 1, EXP, 40, None, "reported"),  # El Obeid
        Gold(11.01, 29.72, 10, "2025-11-05", 1, STRAT, None, None, "claimed"),  # drones downed over Kadugli
    ],
)

FOURTH_SET = {
    "reuters-saratov": REUTERS_SARATOV,
    "aljazeera-sudan": ALJAZEERA_SUDAN,
}


# A fifth set, written after all the fixes above and scored before any further one (scores in the README):
# a Kyiv daily digest with General Staff and Air Force tallies, a TASS-style Defence Ministry relay with
# Ukraine's denial, IDF statements with the Gaza health ministry's tolls, U.S. strikes on Yemen with the
# Houthis' word, Syria and Iraq, El Fasher with the RSF's denial, Myanmar told by resistance groups, and one
# diplomatic story that names past attacks and must code no violent event.
KYIV_DIGEST = (
    "2025-11-09",
    "Russian attacks kill 4, injure 19 over past day; Air Force says 61 of 84 drones downed\n"
    "\n"
    "Russian attacks across Ukraine killed four people and injured 19 others over the past day, regional "
    "authorities reported on Nov. 9.\n"
    "\n"
    "Russia launched 84 Shahed-type attack drones overnight from the directions of Kursk, Oryol and "
    "Primorsko-Akhtarsk, the Air Force said. Air defense units shot down or suppressed 61 of them.\n"
    "\n"
    "• Dnipropetrovsk Oblast: Russian drones struck the city of Nikopol, killing a 58-year-old man, Governor "
    "Serhii Lysak said. Two women were also injured.\n"
    "• Kherson Oblast: Russian troops shelled the village of Bilozerka, some 15 kilometers west of Kherson, "
    "killing one person. Three more residents were wounded, the regional military administration said.\n"
    "• Sumy Oblast: A drone attack on the town of Shostka in the Sumy region injured four people, including a "
    "child, the regional administration reported.\n"
    "\n"
    "Ukraine’s General Staff reported 147 combat clashes along the front line over the past day. Russia has "
    "lost about 1,148,000 troops in Ukraine since the start of the full-scale invasion, according to the "
    "General Staff.\n",
    [
        Gold(47.57, 34.39, 10, "2025-11-08", 1, EXP, 1, 2, "reported"),  # Nikopol, a man + two women also
        Gold(46.63, 32.44, 8, "2025-11-08", 1, EXP, 1, 3, "reported"),  # Bilozerka, not Kherson
        Gold(51.86, 33.47, 10, "2025-11-08", 1, EXP, None, 4, "reported"),  # Shostka, not the Sumy region
        Gold(49.0, 31.4, 800, "2025-11-08", 1, STRAT, None, None, "claimed"),  # drones downed over Ukraine
    ],
)

TASS_RELAY = (
    "2025-11-15",
    "Russian troops liberate Siversk in DPR, strike drone workshop in Zaporozhye — MoD\n"
    "\n"
    "MOSCOW, November 15. /TASS/. Units of the Battlegroup South have fully liberated the town of Siversk in "
    "the Donetsk People’s Republic, the Russian Defense Ministry reported on Saturday.\n"
    "\n"
    "“Over the past day, operational-tactical aviation, attack drones, missile troops and artillery delivered "
    "strikes on a workshop assembling long-range drones in the city of Zaporozhye, as well as on temporary "
    "deployment sites of Ukrainian armed formations in 143 areas,” the ministry said.\n"
    "\n"
    "Air defense forces shot down 57 Ukrainian fixed-wing drones over the Belgorod region during the night, the "
    "ministry added.\n"
    "\n"
    "Ukraine’s Eastern Operational Command denied that Siversk had been captured, saying Ukrainian units "
    "continued to defend the town. Zaporizhzhia regional governor Ivan Fedorov said a Russian strike had hit a "
    "residential area of the city overnight, injuring three people.\n"
    "\n"
    "Kremlin spokesman Dmitry Peskov, speaking to reporters in Moscow, said the advances showed that the "
    "situation on the front line was developing in Russia’s favor.\n",
    [
        Gold(48.86, 38.10, 10, "2025-11-14", 1, BAT, None, None, "disputed", "Ukraine"),  # Siversk
        # Zaporizhzhia: the ministry's strike and the governor's account are one event, told by the side hit
        Gold(47.84, 35.14, 15, "2025-11-14", 1, EXP, None, 3, "reported"),
        Gold(50.60, 36.59, 150, "2025-11-14", 1, STRAT, None, None, "claimed"),  # downed over Belgorod region
    ],
)

TOI_GAZA = (
    "2025-10-21",
    "IDF says it struck terrorists who crossed Yellow Line; Hamas health ministry says 8 killed\n"
    "\n"
    "The Israel Defense Forces said Monday that troops in the Beit Hanoun area had identified several "
    "terrorists who crossed the Yellow Line and approached the forces, posing an immediate threat. An Israeli "
    "Air Force aircraft struck and eliminated them, the military said.\n"
    "\n"
    "The Hamas-run health ministry in Gaza said eight people were killed by Israeli fire across the Strip over "
    "the past 24 hours. The figures could not be independently verified and do not distinguish between "
    "civilians and combatants.\n"
    "\n"
    "In Khan Younis, a strike on a tent in the Mawasi area killed a man and his two sons, according to Nasser "
    "Hospital, which received the bodies. The IDF said it was looking into the report.\n"
    "\n"
    "Hamas’s armed wing said its fighters had detonated an explosive device against an Israeli bulldozer east "
    "of Rafah, killing and wounding soldiers. The IDF denied the claim, saying no incident had taken place in "
    "the area.\n"
    "\n"
    "Earlier, a rocket launched from the northern Gaza Strip fell in an open area near the southern city of "
    "Sderot, the military said. No one was hurt.\n",
    [
        Gold(
            31.54, 34.54, 4, "2025-10-20", 1, EXP, None, None, "claimed"
        ),  # Beit Hanoun (Sderot is 6 km off)
        Gold(31.34, 34.30, 10, "2025-10-20", 1, EXP, 3, None, "reported"),  # Khan Younis, a man + two sons
        Gold(31.29, 34.25, 10, "2025-10-20", 1, EXP, None, None, "disputed", "Israel"),  # east of Rafah
        Gold(31.52, 34.60, 8, "2025-10-20", 1, EXP, 0, 0, "reported"),  # near Sderot, not the launch site
    ],
)

REUTERS_YEMEN_US = (
    "2025-04-19",
    "U.S. strikes hit Houthi-held Yemen as group claims missile attack on Israel\n"
    "\n"
    "DUBAI, April 18 (Reuters) - U.S. forces struck Houthi targets in the Yemeni capital Sanaa overnight, U.S. "
    "Central Command said on Friday, adding that the strikes had destroyed command centres and weapons storage "
    "facilities.\n"
    "\n"
    "The Houthi-run health ministry said the strikes killed seven people. Twenty-nine others were wounded, "
    "among them women and children, it said.\n"
    "\n"
    "Another strike hit a Houthi command post in the town of Bajil, some 50 km northeast of the port city of "
    "Hodeidah, the group’s al-Masirah TV reported, without giving casualty figures.\n"
    "\n"
    "Houthi military spokesman Yahya Saree said in a televised speech from Sanaa that the group had launched a "
    "ballistic missile at the Israeli port city of Eilat. The Israeli military said it had intercepted a "
    "missile fired from Yemen.\n"
    "\n"
    "Saree also said the Houthis had shot down a U.S. MQ-9 Reaper drone over Hajjah province, a claim CENTCOM "
    "denied.\n"
    "\n"
    "The Houthis have launched more than 200 missiles and drones at Israel since the start of the war in "
    "Gaza.\n",
    [
        Gold(15.35, 44.21, 15, "2025-04-18", 1, EXP, 7, 29, "reported"),  # Sanaa, the ministry's toll
        Gold(15.06, 43.29, 10, "2025-04-18", 1, EXP, None, None, "reported"),  # Bajil, not Hodeidah
        Gold(29.56, 34.95, 25, "2025-04-18", 1, STRAT, None, None, "claimed"),  # Eilat, the intercept
        Gold(15.85, 43.60, 150, "2025-04-18", 1, STRAT, None, None, "disputed", "United States"),  # Hajjah
    ],
)

AP_SYRIA_IRAQ = (
    "2025-08-14",
    "Turkish drone kills three SDF fighters in northeast Syria; drones target base in Iraq\n"
    "\n"
    "BEIRUT (AP) — A Turkish drone struck a vehicle on a road near the northeastern Syrian city of Qamishli on "
    "Wednesday, killing three fighters of the U.S.-backed Syrian Democratic Forces, the Kurdish-led group "
    "said.\n"
    "\n"
    "Turkey’s Defense Ministry said separately that 14 PKK/YPG terrorists had been “neutralized” in northern "
    "Syria and northern Iraq over the past week. It did not comment on the Qamishli strike.\n"
    "\n"
    "In Iraq, two drones targeted the Ain al-Asad air base in the western province of Anbar, which hosts "
    "U.S.-led coalition troops, causing no casualties, an Iraqi security official told The Associated Press. "
    "An Iran-backed group, the Islamic Resistance in Iraq, claimed the attack in a statement on Telegram.\n"
    "\n"
    "Syria’s state news agency SANA said Israeli jets struck an army weapons depot near the town of Kisweh, "
    "south of Damascus, killing two soldiers and wounding four. The Israeli military did not comment.\n",
    [
        Gold(37.05, 41.23, 15, "2025-08-13", 1, EXP, 3, None, "reported"),  # near Qamishli
        Gold(33.80, 42.44, 150, "2025-08-13", 1, EXP, 0, 0, "reported"),  # Ain al-Asad, Anbar province
        Gold(33.36, 36.24, 10, "2025-08-13", 1, EXP, 2, 4, "reported"),  # near Kisweh, not Damascus
    ],
)

REUTERS_FASHER = (
    "2025-09-20",
    "RSF shelling hits El Fasher hospital; paramilitary says it seized town east of city\n"
    "\n"
    "PORT SUDAN, Sept 19 (Reuters) - Artillery shells fired by the Rapid Support Forces hit the Saudi Hospital "
    "in El Fasher on Friday, the Sudanese health ministry said, the latest attack on the besieged city in North "
    "Darfur.\n"
    "\n"
    "Thirteen people were killed, among them four medical workers, and twenty-two others were injured, the "
    "ministry said in a statement.\n"
    "\n"
    "The RSF denied targeting the hospital, saying its forces were responding to army artillery positioned in "
    "residential neighbourhoods.\n"
    "\n"
    "The paramilitary group said separately that its fighters had taken control of the town of Um Kadada, some "
    "180 km east of El Fasher, after fierce clashes with the army and allied joint forces. The army did not "
    "comment.\n"
    "\n"
    "In South Darfur, an army drone strike on a fuel depot in the RSF-held city of Nyala killed five civilians, "
    "the Darfur Victims Support group said.\n"
    "\n"
    "More than 1,000 civilians have been killed in El Fasher since the siege began in May 2024, according to "
    "the United Nations.\n",
    [
        Gold(13.63, 25.35, 10, "2025-09-19", 1, EXP, 13, 22, "disputed", "Rapid Support Forces"),  # El Fasher
        Gold(13.60, 26.69, 15, "2025-09-19", 1, BAT, None, None, "claimed"),  # Um Kadada, the RSF's word
        Gold(12.05, 24.88, 10, "2025-09-19", 1, EXP, 5, None, "reported"),  # Nyala
    ],
)

MYANMAR_RESISTANCE = (
    "2025-03-04",
    "Junta air strike kills nine at Hpakant monastery, KIA says; resistance claims base near Loikaw\n"
    "\n"
    "A Myanmar military fighter jet bombed a monastery in the jade-mining town of Hpakant in Kachin State on "
    "Sunday, killing nine people sheltering there, the Kachin Independence Army said on Monday.\n"
    "\n"
    "Three more bodies were pulled from the rubble on Monday, bringing the death toll to 12, rescue workers "
    "said. At least 15 others were wounded.\n"
    "\n"
    "In Kayah State, the Karenni Nationalities Defence Force said its fighters had captured a military base on "
    "the outskirts of Loikaw, the state capital, killing 15 soldiers. Junta spokesman Major General Zaw Min "
    "Tun, speaking to state media in Naypyitaw, denied that the base had fallen.\n"
    "\n"
    "The military has carried out more than 1,500 air strikes since the 2021 coup, killing over 2,000 "
    "civilians, according to a local monitoring group.\n",
    [
        Gold(25.61, 96.31, 10, "2025-03-02", 1, EXP, 12, 15, "reported"),  # Hpakant, nine + three more
        Gold(19.68, 97.21, 10, "2025-03-03", 2, BAT, 15, None, "disputed", "Myanmar military"),  # Loikaw
    ],
)

REUTERS_DIPLOMACY = (
    "2025-12-10",
    "Erdogan offers to host new Ukraine talks in Istanbul after meeting Zelensky\n"
    "\n"
    "ANKARA, Dec 9 (Reuters) - Turkish President Tayyip Erdogan told Ukrainian President Volodymyr Zelensky on "
    "Tuesday that Turkey was ready to host a new round of direct talks between Kyiv and Moscow in Istanbul, "
    "Erdogan’s office said.\n"
    "\n"
    "The two leaders met in Ankara for three hours and discussed a prisoner exchange, the security of Black Sea "
    "shipping and the repair of Ukraine’s power grid, Zelensky said on X.\n"
    "\n"
    "The visit came two weeks after a Russian missile strike on the western city of Ternopil killed 34 people, "
    "the deadliest attack on a Ukrainian city this year, and days after drones hit a tanker off Turkey’s Black "
    "Sea coast.\n"
    "\n"
    "“Every day Russia kills our people. We need pressure on Moscow, not promises,” Zelensky told reporters "
    "before leaving for Athens.\n"
    "\n"
    "Kremlin spokesman Dmitry Peskov said on Tuesday that Moscow would study any proposal but that its "
    "conditions were unchanged.\n",
    [],  # a quiet article: past attacks told as background are no new events
)

FIFTH_SET = {
    "kyiv-digest": KYIV_DIGEST,
    "tass-relay": TASS_RELAY,
    "toi-gaza": TOI_GAZA,
    "reuters-yemen-us": REUTERS_YEMEN_US,
    "ap-syria-iraq": AP_SYRIA_IRAQ,
    "reuters-fasher": REUTERS_FASHER,
    "myanmar-resistance": MYANMAR_RESISTANCE,
    "reuters-diplomacy": REUTERS_DIPLOMACY,
}
# Articles that report no violent event: any violent event coded in them is counted apart, as the seed scorer does.
QUIET = {"reuters-diplomacy"}
QUIET |= {"s7-day-1415-quiet"}  # tests/extract/wire_set7.py


# A sixth set, written after the fifth set's fixes and scored once before any further fix: the estimate for
# unseen copy after them (the README gives its scores).
KHARKIV_GOVERNOR = (
    "2025-12-03",
    "Kharkiv Oblast: Russian strikes hit 11 settlements over the past day, governor says\n"
    "\n"
    "Russian forces attacked 11 settlements in Kharkiv Oblast over the past day, Governor Oleh Syniehubov "
    "reported on Dec. 3.\n"
    "\n"
    "• In the city of Kupiansk, a Russian artillery strike killed a 64-year-old man.\n"
    "• A guided aerial bomb hit a private house in the village of Kivsharivka, injuring a woman and her two "
    "grandchildren.\n"
    "• In Chuhuiv, a drone hit a car on the outskirts of the town. The 37-year-old driver was wounded, and a "
    "passenger was killed.\n"
    "\n"
    "Ukrainian forces repelled 14 Russian assaults near Vovchansk over the past day, the General Staff said.\n",
    [
        Gold(49.71, 37.62, 10, "2025-12-02", 1, EXP, 1, None, "reported"),  # Kupiansk
        Gold(49.63, 37.68, 8, "2025-12-02", 1, EXP, None, 3, "reported"),  # Kivsharivka, a woman + two
        Gold(49.84, 36.69, 10, "2025-12-02", 1, EXP, 1, 1, "reported"),  # Chuhuiv
        Gold(50.29, 36.94, 10, "2025-12-02", 1, BAT, None, None, "reported"),  # near Vovchansk
    ],
)

REUTERS_SOUTH_LEBANON = (
    "2025-10-12",
    "Israeli strike on south Lebanon kills two, health ministry says\n"
    "\n"
    "BEIRUT, Oct 11 (Reuters) - An Israeli drone strike on a car in the southern Lebanese town of Bint Jbeil "
    "killed two people on Saturday, Lebanon’s health ministry said.\n"
    "\n"
    "The Israeli military said it had struck a Hezbollah operative who was trying to rebuild the group’s "
    "infrastructure in the area.\n"
    "\n"
    "Later on Saturday, Israeli warplanes carried out a series of strikes on hills near Jezzine, some 40 km "
    "from the border, the state-run National News Agency said. There were no immediate reports of "
    "casualties.\n"
    "\n"
    "Hezbollah has not claimed any attack on Israel since the ceasefire took effect in November 2024.\n",
    [
        Gold(33.12, 35.43, 8, "2025-10-11", 1, EXP, 2, None, "reported"),  # Bint Jbeil
        Gold(33.54, 35.58, 10, "2025-10-11", 1, EXP, 0, 0, "reported"),  # near Jezzine
    ],
)

AFP_PORT_SUDAN = (
    "2025-05-07",
    "Drones hit Port Sudan for third day; army blames RSF\n"
    "\n"
    "PORT SUDAN, Sudan, May 6 (AFP) - Drones struck fuel depots and a hotel near the airport in Port Sudan on "
    "Tuesday, the army said, blaming the Rapid Support Forces, in a third straight day of attacks on the "
    "wartime seat of government.\n"
    "\n"
    "No casualties were reported. The RSF, which has not commented on the attacks, has increasingly used "
    "long-range drones since losing Khartoum in March.\n"
    "\n"
    "In Kordofan, the RSF said its fighters had shot down an army Bayraktar drone over the town of En Nahud. "
    "The army did not comment.\n"
    "\n"
    "Separately, the paramilitary’s shelling of the Abu Shouk camp in Al-Fashir killed six displaced people, "
    "the camp’s coordination committee said.\n",
    [
        Gold(19.62, 37.22, 10, "2025-05-06", 1, EXP, 0, 0, "reported"),  # Port Sudan
        Gold(12.70, 28.43, 10, "2025-05-06", 1, STRAT, None, None, "claimed"),  # drone downed over En Nahud
        Gold(13.66, 25.35, 10, "2025-05-06", 1, EXP, 6, None, "reported"),  # Abu Shouk camp, El Fasher
    ],
)

MYANMAR_ANN = (
    "2025-01-15",
    "Arakan Army says it captured junta's regional command in Rakhine\n"
    "\n"
    "The Arakan Army said on Tuesday it had seized the military’s Western Regional Command headquarters in "
    "Ann, Rakhine State, after weeks of fighting. The junta did not respond to requests for comment.\n"
    "\n"
    "Two days earlier, a junta air strike on Kyauk Ni Maw village on Ramree Island killed more than 40 people, "
    "according to the AA and local residents. The military denied attacking civilians.\n"
    "\n"
    "The AA now controls 14 of Rakhine’s 17 townships.\n",
    [
        Gold(19.80, 94.05, 10, "2025-01-14", 2, BAT, None, None, "claimed"),  # Ann
        # a village the gazetteer lacks on Ramree Island: the Rakhine State region-level event is honest
        Gold(19.43, 93.55, 150, "2025-01-12", 2, EXP, 40, None, "disputed", "Myanmar military"),
    ],
)

SIXTH_SET = {
    "kharkiv-governor": KHARKIV_GOVERNOR,
    "reuters-south-lebanon": REUTERS_SOUTH_LEBANON,
    "afp-port-sudan": AFP_PORT_SUDAN,
    "myanmar-ann": MYANMAR_ANN,
}
