"""An eleventh wire-style set: the honest estimate for unseen copy. Written without reading sets 7-10 or their
fixes, its gold fixed from the writer's own knowledge before the coder ran on it, and scored once before any
change (scores in the README).

Six Al Jazeera-style "list of key events" digests (day N of the war, bullets under Fighting / Politics and
diplomacy / Military aid / Economy headings, Dec 2025 - Feb 2026) and one quiet digest (talks, a prisoner swap,
repatriated bodies, a court sentence, the weekly tally of drones, sanctions and rates: no event). The traps are
deliberate: passive voices, a toll given in the next bullet and one corrected upward, an earlier day's toll
rising ("Monday's strike"), injured told before killed, numbers in words and digits, "at least", "including
two children", victims told without a number ("killing the driver", "a woman and her son", "the bodies of two
people"), "no one was hurt" (a toll of none), captures claimed by Russia's defence ministry and denied, left
unanswered or answered for one village only, a recapture claimed by Ukraine and denied by Russia, strikes on
refineries and airfields claimed by Ukraine's General Staff and confirmed, denied or left unanswered by Russian
officials, shoot-down tallies split across regions, launch sites, distance references, speakers' locations,
the qualifying region, namesakes (Yampil, Rivne and Kamianske are villages on the front as well as towns far
from it; Dniprovskyi is a district of Kherson and of Kyiv) and prisoner exchanges that are not violence.

Coordinates were written from memory, then checked against GeoNames cities500: five villages were moved by 5-14
km to their GeoNames points. The Rivne near Pokrovsk is not in cities500, so it is expected at region level
(Donetsk Oblast's centre, 150 km) as the seed gold codes such villages.

All sentences are written for these tests; none is taken from a corpus or a published article.
"""

from __future__ import annotations

from wire_styles import BAT, EXP, STRAT, Gold

UKRAINE = (49.0, 31.4)  # drones downed over Ukraine with no place named, as the seed gold codes them


def _digest(day: str, weekday: str) -> str:
    return (
        f"Russia-Ukraine war: List of key events, day {day} | Russia-Ukraine war News\n"
        "\n"
        f"These are the key developments from day {day} of Russia’s war on Ukraine.\n"
        "\n"
        f"Here is where things stand on {weekday}:\n"
    )


DAY_1384 = (
    "2025-12-09",
    _digest("1,384", "Tuesday, December 9") + "\n"
    "Fighting\n"
    "\n"
    "  • Russian drones slammed into a nine-storey apartment block in Kharkiv’s Saltivskyi district overnight, "
    "setting several floors on fire, Mayor Ihor Terekhov said.\n"
    "  • Nine people were hurt there, among them an 11-year-old boy, the regional governor, Oleh Syniehubov, "
    "said on Telegram.\n"
    "  • A guided aerial bomb dropped on Bilopillia, a town about 10km (6 miles) from the Russian border and "
    "some 50km (30 miles) northwest of the regional capital Sumy, killed a woman aged 58, the Sumy regional "
    "military administration said.\n"
    "  • Russian artillery pounded Nikopol from positions across the Kakhovka reservoir around the occupied "
    "town of Enerhodar. A 47-year-old man was killed, and two women were wounded, the Dnipropetrovsk regional "
    "administration said.\n"
    "  • An energy facility in the Odesa region was hit during the night, leaving more than 100,000 households "
    "without electricity, said DTEK, Ukraine’s largest private power company.\n"
    "  • Ukraine’s air force said Russia had launched 110 attack drones and five Iskander-M ballistic missiles "
    "overnight from the Oryol and Kursk regions, Millerovo and Hvardiiske in occupied Crimea; 86 of the "
    "drones were shot down or suppressed by electronic warfare.\n"
    "  • Russia’s Ministry of Defence said its troops had “liberated” Yampil, a village in the Donetsk region, "
    "as well as Kurylivka in the Kharkiv region.\n"
    "  • Ukraine’s military made no comment on Kurylivka but called the claim about Yampil “fiction”, saying "
    "its soldiers were still holding their positions in the village.\n"
    "  • Ukraine’s General Staff said its drones had hit the Afipsky oil refinery in Russia’s Krasnodar region, "
    "setting a primary processing unit ablaze.\n"
    "  • Krasnodar’s regional operational headquarters confirmed that a fire had broken out at the refinery "
    "after a drone attack. No one was hurt, it added.\n"
    "  • Russia’s Defence Ministry said air defence units had intercepted and destroyed 67 Ukrainian drones "
    "overnight, including 25 over the Bryansk region, 19 over the Kaluga region and 12 over the Tula region.\n"
    "\n"
    "Politics and diplomacy\n"
    "\n"
    "  • Zelenskyy met French President Emmanuel Macron, British Prime Minister Keir Starmer and German "
    "Chancellor Friedrich Merz in London to discuss the latest version of a US-drafted peace plan.\n"
    "  • Speaking to reporters in London, the Ukrainian leader said Kyiv had “no legal or moral right” to "
    "give up territory that Russia has failed to take.\n"
    "  • Kremlin spokesman Dmitry Peskov told reporters in Moscow that Russia was studying the revised "
    "document and would not negotiate “through the media”.\n"
    "\n"
    "Military aid\n"
    "\n"
    "  • The Netherlands said it would contribute 250 million euros to a NATO-run scheme that buys US-made "
    "weapons for Ukraine.\n",
    [
        Gold(49.99, 36.23, 25, "2025-12-09", 1, EXP, None, 9, "reported"),  # Kharkiv, toll in the next bullet
        Gold(51.15, 34.31, 10, "2025-12-08", 1, EXP, 1, None, "reported"),  # Bilopillia, not Sumy
        Gold(47.57, 34.39, 10, "2025-12-08", 1, EXP, 1, 2, "reported"),  # Nikopol, not Enerhodar
        Gold(46.48, 30.73, 150, "2025-12-09", 1, EXP, None, None, "reported"),  # Odesa region, energy
        Gold(48.94, 37.96, 10, "2025-12-08", 1, BAT, None, None, "disputed", "Ukraine"),  # Yampil (Donetsk)
        Gold(49.66, 37.70, 10, "2025-12-08", 1, BAT, None, None, "claimed"),  # Kurylivka, no comment
        Gold(44.90, 38.84, 15, "2025-12-09", 1, EXP, 0, 0, "reported"),  # Afipsky refinery, confirmed
        Gold(53.25, 34.37, 150, "2025-12-09", 1, STRAT, None, None, "claimed"),  # downed over Bryansk region
        Gold(54.51, 36.26, 150, "2025-12-09", 1, STRAT, None, None, "claimed"),  # Kaluga region
        Gold(54.19, 37.62, 150, "2025-12-09", 1, STRAT, None, None, "claimed"),  # Tula region
        Gold(*UKRAINE, 800, "2025-12-09", 1, STRAT, None, None, "claimed"),  # air force tally, no place
    ],
)

DAY_1393 = (
    "2025-12-18",
    _digest("1,393", "Thursday, December 18") + "\n"
    "Fighting\n"
    "\n"
    "  • A Russian ballistic missile struck the centre of Zaporizhzhia on Wednesday afternoon, destroying an "
    "administrative building and damaging dozens of cars. Initial reports spoke of four dead.\n"
    "  • By evening the toll had risen to seven killed and 23 wounded, three of them children, regional "
    "governor Ivan Fedorov said.\n"
    "  • A drone attack on Kryvyi Rih, the hometown of President Volodymyr Zelenskyy, wounded five people, "
    "said Oleksandr Vilkul, who heads the city’s military administration.\n"
    "  • Ukrainian officials acknowledged that Russian troops had pushed into the centre of Huliaipole, where "
    "battles were now being fought street by street, according to a spokesman for Ukraine’s southern "
    "defence forces.\n"
    "  • Russia’s Ministry of Defence said its forces had seized Rivne, a village just south-east of Pokrovsk "
    "in the Donetsk region. Kyiv did not immediately respond to the claim.\n"
    "  • Ukraine’s General Staff said its forces had struck Morozovsk airbase in Russia’s Rostov region "
    "overnight, hitting a depot that stored guided aerial bombs.\n"
    "  • Russia’s defence ministry denied that the airbase had been hit, and Rostov Governor Yuri Slyusar "
    "reported no damage.\n"
    "  • Moscow Mayor Sergei Sobyanin said 27 drones flying towards the capital had been shot down since "
    "midnight; flights at Sheremetyevo and Vnukovo airports were briefly halted.\n"
    "\n"
    "Prisoners of war\n"
    "\n"
    "  • Ukraine and Russia each handed over 84 prisoners in an exchange mediated by the United Arab Emirates, "
    "Ukraine’s Coordination Headquarters for the Treatment of Prisoners of War said. Some of those released "
    "had been captured during the defence of Mariupol in 2022.\n"
    "\n"
    "Military aid\n"
    "\n"
    "  • Germany will supply two more Patriot air defence systems, Defence Minister Boris Pistorius said "
    "during a visit to Kyiv.\n"
    "\n"
    "Economy\n"
    "\n"
    "  • European Union leaders meeting in Brussels agreed to lend Ukraine 90 billion euros over the next two "
    "years to cover its military and budget needs.\n",
    [
        Gold(47.84, 35.14, 25, "2025-12-17", 1, EXP, 7, 23, "reported"),  # Zaporizhzhia, toll corrected up
        Gold(47.91, 33.39, 25, "2025-12-17", 1, EXP, None, 5, "reported"),  # Kryvyi Rih
        Gold(47.66, 36.26, 10, "2025-12-17", 1, BAT, None, None, "reported"),  # Huliaipole, Ukraine concedes
        Gold(48.02, 37.80, 150, "2025-12-17", 1, BAT, None, None, "claimed"),  # Rivne village: region level
        Gold(48.35, 41.83, 15, "2025-12-18", 1, EXP, None, None, "disputed", "Russia"),  # Morozovsk airbase
        Gold(55.76, 37.62, 25, "2025-12-18", 1, STRAT, None, None, "claimed"),  # Moscow, not the airports
    ],
)

DAY_1409 = (
    "2026-01-03",
    _digest("1,409", "Saturday, January 3") + "\n"
    "Fighting\n"
    "\n"
    "  • A man aged 71 was killed when a Russian drone dropped explosives on his car in Kherson’s Dniprovskyi "
    "district, the regional prosecutor’s office said. Two passers-by were also wounded.\n"
    "  • In Russia’s Belgorod region, a Ukrainian drone struck a minibus on the outskirts of Shebekino, "
    "killing the driver and wounding four passengers, Governor Vyacheslav Gladkov said.\n"
    "  • The Russian Ministry of Defence said 41 Ukrainian drones had been destroyed within three hours, most "
    "of them over the Kursk and Belgorod regions.\n"
    "  • Saratov regional governor Roman Busargin said on Telegram that a Ukrainian drone attack had caused a "
    "fire at an industrial site in the city and that one employee had been injured. Ukraine’s General Staff "
    "later confirmed it had targeted the Saratov oil refinery.\n"
    "  • The SBU security service said its drones had hit two Su-34 fighter-bombers at the Marinovka air base "
    "in the Volgograd region. There was no immediate comment from Moscow.\n"
    "  • Russia’s chief of the general staff, Valery Gerasimov, told President Vladimir Putin that Kupiansk "
    "was fully under Russian control. Ukrainian commanders dismissed the claim and released footage of their "
    "soldiers in the town centre.\n"
    "  • The UN human rights monitoring mission said at least 2,400 civilians had been killed in Ukraine in "
    "2025, making it the deadliest year for civilians since 2022.\n"
    "\n"
    "Politics and diplomacy\n"
    "\n"
    "  • In his New Year address, Zelenskyy said a peace agreement was “90 percent ready”, but that the "
    "remaining 10 percent would decide the fate of Ukraine and of Europe.\n"
    "  • National security advisers from a dozen European countries are due in Kyiv next week for talks on "
    "security guarantees, the president’s office said.\n",
    [
        Gold(46.64, 32.61, 25, "2026-01-02", 1, EXP, 1, 2, "reported"),  # Kherson's district, not Kyiv's
        Gold(50.41, 36.90, 10, "2026-01-02", 1, EXP, 1, 4, "reported"),  # Shebekino, "killing the driver"
        Gold(51.54, 45.99, 25, "2026-01-02", 1, EXP, None, 1, "reported"),  # Saratov refinery
        Gold(48.64, 43.79, 15, "2026-01-02", 1, EXP, None, None, "claimed"),  # Marinovka air base
        Gold(49.71, 37.62, 10, "2026-01-02", 1, BAT, None, None, "disputed", "Ukraine"),  # Kupiansk
        Gold(51.73, 36.19, 150, "2026-01-02", 1, STRAT, None, None, "claimed"),  # downed over Kursk region
        Gold(50.60, 36.59, 150, "2026-01-02", 1, STRAT, None, None, "claimed"),  # and Belgorod region
    ],
)

DAY_1421 = (
    "2026-01-15",
    _digest("1,421", "Thursday, January 15") + "\n"
    "Fighting\n"
    "\n"
    "  • Russia fired 18 missiles and nearly 240 drones at Ukraine overnight in an attack aimed largely at "
    "power plants in the west, the air force said, adding that 14 of the missiles and 219 drones had been "
    "neutralised.\n"
    "  • DTEK said its Burshtyn thermal power plant in the Ivano-Frankivsk region had been seriously damaged, "
    "the fifth time this winter.\n"
    "  • A substation on the outskirts of Lviv was also struck. Three workers there were injured, said Maksym "
    "Kozytskyi, the head of the Lviv regional military administration.\n"
    "  • Eleven people were injured and two killed when a missile hit an industrial enterprise in Pavlohrad, "
    "in the Dnipropetrovsk region, on Wednesday evening, according to local authorities.\n"
    "  • The death toll from Monday’s strike on an apartment building in Ternopil has risen to 19 after "
    "emergency workers pulled three more bodies from the rubble, the State Emergency Service said.\n"
    "  • Ukraine’s General Staff said it had struck the Ilsky oil refinery in Russia’s Krasnodar region and a "
    "refinery in Novokuibyshevsk, in the Samara region.\n"
    "  • Samara Governor Vyacheslav Fedorishchev said drones had attacked an enterprise in Novokuibyshevsk, "
    "causing a fire that was quickly put out. No one was hurt, he said. Russian officials did not comment "
    "on Ilsky.\n"
    "  • Russia’s defence ministry said its troops had taken control of Dronivka, on the northern bank of the "
    "Siverskyi Donets river in the Donetsk region. Ukrainian officials did not respond.\n"
    "\n"
    "Military aid\n"
    "\n"
    "  • Sweden announced a new military aid package worth 1.2 billion kronor, including air defence "
    "ammunition and mine-clearing equipment.\n"
    "\n"
    "Economy\n"
    "\n"
    "  • Ukraine imported record volumes of electricity from Poland, Slovakia, Hungary, Romania and Moldova "
    "to make up for the output lost to Russian strikes, the energy ministry said.\n",
    [
        Gold(49.26, 24.63, 15, "2026-01-15", 1, EXP, None, None, "reported"),  # Burshtyn power plant
        Gold(49.84, 24.03, 25, "2026-01-15", 1, EXP, None, 3, "reported"),  # Lviv substation
        Gold(48.53, 35.87, 10, "2026-01-14", 1, EXP, 2, 11, "reported"),  # Pavlohrad, injured told first
        Gold(49.55, 25.59, 25, "2026-01-12", 1, EXP, 19, None, "reported"),  # Ternopil, Monday's toll rises
        Gold(44.85, 38.56, 15, "2026-01-15", 1, EXP, None, None, "claimed"),  # Ilsky, no Russian comment
        Gold(53.10, 49.95, 15, "2026-01-15", 1, EXP, 0, 0, "reported"),  # Novokuibyshevsk, governor
        Gold(48.92, 38.04, 10, "2026-01-14", 1, BAT, None, None, "claimed"),  # Dronivka
        Gold(*UKRAINE, 800, "2026-01-15", 1, STRAT, None, None, "claimed"),  # air force tally, no place
    ],
)

DAY_1433 = (
    "2026-01-27",
    _digest("1,433", "Tuesday, January 27") + "\n"
    "Fighting\n"
    "\n"
    "  • Russia launched a ballistic missile attack on Kyiv before dawn. A 34-year-old woman and her son were "
    "killed in the Obolonskyi district, and at least 12 people were wounded across the city, including two "
    "children, said Tymur Tkachenko, the head of the capital’s military administration.\n"
    "  • In the Fastiv district of the Kyiv region, a drone struck a private house, injuring a 16-year-old, "
    "regional governor Mykola Kalashnyk said.\n"
    "  • Two people were killed in Sloviansk and one more in nearby Kramatorsk as Russian aircraft dropped "
    "guided bombs on both cities, Donetsk regional governor Vadym Filashkin said.\n"
    "  • A Ukrainian drone hit a car in Rylsk, a town in Russia’s Kursk region, killing a woman, Governor "
    "Alexander Khinshtein said.\n"
    "  • Ukraine’s navy said sea drones had attacked the Sheskharis oil terminal in Novorossiysk. Officials in "
    "the Black Sea port city said two people were injured and several apartment buildings damaged, without "
    "mentioning the terminal.\n"
    "  • Ukraine’s military said its forces had retaken Kindrativka in the Sumy region, north of the regional "
    "capital. Russia’s defence ministry denied losing the village.\n"
    "\n"
    "Politics and diplomacy\n"
    "\n"
    "  • Negotiators from Ukraine, Russia and the United States ended a second day of talks in Abu Dhabi "
    "without announcing an agreement, though both delegations called the meetings constructive.\n"
    "  • Zelenskyy, speaking at a news conference in Vilnius, said the question of territory in the east "
    "remained the main obstacle.\n",
    [
        Gold(50.45, 30.52, 25, "2026-01-27", 1, EXP, 2, 12, "reported"),  # Kyiv, "a woman and her son"
        Gold(50.08, 29.92, 25, "2026-01-27", 1, EXP, None, 1, "reported"),  # Fastiv district
        Gold(48.85, 37.60, 10, "2026-01-26", 1, EXP, 2, None, "reported"),  # Sloviansk
        Gold(48.72, 37.56, 10, "2026-01-26", 1, EXP, 1, None, "reported"),  # Kramatorsk, "one more"
        Gold(51.57, 34.68, 10, "2026-01-26", 1, EXP, 1, None, "reported"),  # Rylsk
        Gold(44.72, 37.77, 15, "2026-01-26", 1, EXP, None, 2, "reported"),  # Novorossiysk, city confirms
        Gold(51.14, 34.77, 10, "2026-01-26", 1, BAT, None, None, "disputed", "Russia"),  # Kindrativka
    ],
)

DAY_1443 = (
    "2026-02-06",
    _digest("1,443", "Friday, February 6") + "\n"
    "Fighting\n"
    "\n"
    "  • Russian drones hit port infrastructure in Odesa overnight, setting a grain terminal ablaze; three "
    "port workers were hurt, Governor Oleh Kiper said.\n"
    "  • In the Izmail district, on the Danube across from Romania, a drone strike damaged a ferry crossing. "
    "Romania’s defence ministry said it had scrambled two F-16 fighter jets as the attack unfolded.\n"
    "  • A Shahed drone hit a student dormitory in Chernihiv late on Thursday.\n"
    "  • Governor Viacheslav Chaus said on Telegram that the bodies of two people had been recovered from the "
    "rubble and that six others were in hospital.\n"
    "  • A railway worker was killed when Russian forces struck the train station in Balakliia, in the "
    "Kharkiv region; two passengers were also injured, Ukrainian Railways said.\n"
    "  • Ukraine’s General Staff said Flamingo cruise missiles had struck the Kapustin Yar missile test site "
    "in Russia’s Astrakhan region. Moscow did not comment.\n"
    "  • Russia’s Ministry of Defence said it had captured Kamianske in the Zaporizhzhia region.\n"
    "  • Ukraine’s southern defence forces rejected the claim, saying fighting for the village was still "
    "going on.\n"
    "  • Russian air defences shot down 16 drones over Crimea overnight, Russia’s defence ministry said.\n"
    "\n"
    "Politics and diplomacy\n"
    "\n"
    "  • Hungarian Prime Minister Viktor Orban said in Budapest that his government would keep blocking "
    "Ukraine’s talks on joining the European Union.\n"
    "  • US Secretary of State Marco Rubio met Ukraine’s foreign minister in Washington to discuss a "
    "ceasefire monitoring mission.\n",
    [
        Gold(46.48, 30.73, 25, "2026-02-06", 1, EXP, None, 3, "reported"),  # Odesa port
        Gold(45.35, 28.84, 15, "2026-02-06", 1, EXP, None, None, "reported"),  # Izmail, not Romania
        Gold(51.50, 31.29, 25, "2026-02-05", 1, EXP, 2, 6, "reported"),  # Chernihiv, toll in next bullet
        Gold(49.46, 36.86, 10, "2026-02-05", 1, EXP, 1, 2, "reported"),  # Balakliia, "also injured"
        Gold(48.58, 45.75, 25, "2026-02-05", 1, EXP, None, None, "claimed"),  # Kapustin Yar test site
        Gold(47.54, 35.37, 10, "2026-02-05", 1, BAT, None, None, "disputed", "Ukraine"),  # Kamianske (Zap.)
        Gold(44.95, 34.10, 150, "2026-02-06", 1, STRAT, None, None, "claimed"),  # downed over Crimea
    ],
)

DAY_1455_QUIET = (
    "2026-02-18",
    _digest("1,455", "Wednesday, February 18") + "\n"
    "Politics and diplomacy\n"
    "\n"
    "  • Delegations from Ukraine and Russia met in Geneva for a third round of US-brokered talks. Kremlin "
    "spokesman Dmitry Peskov told reporters in Moscow not to expect a breakthrough.\n"
    "  • Zelenskyy said Russia had launched more than 1,300 drones, about 1,200 guided aerial bombs and 35 "
    "missiles at Ukraine over the past week, and urged allies to speed up deliveries of air defence.\n"
    "\n"
    "Prisoners of war\n"
    "\n"
    "  • Ukraine and Russia exchanged 157 prisoners of war each, the second swap this month.\n"
    "  • Separately, Ukraine received the bodies of 1,000 people that Moscow says are fallen Ukrainian "
    "soldiers, while 35 bodies were returned to Russia.\n"
    "  • A court in Rostov-on-Don sentenced 12 fighters of the Azov brigade, captured in Mariupol in 2022, to "
    "between 13 and 23 years in prison on terrorism charges.\n"
    "\n"
    "Economy\n"
    "\n"
    "  • Russia’s central bank cut its key interest rate by 50 basis points to 15.5 percent, citing slowing "
    "inflation.\n"
    "  • Naftogaz said it had secured additional gas imports through Poland to get through the rest of the "
    "heating season.\n"
    "\n"
    "Sanctions\n"
    "\n"
    "  • EU ambassadors again failed to agree on a 20th package of sanctions against Russia after objections "
    "from Hungary and Slovakia.\n",
    [],  # a quiet digest: the swap, the bodies, the sentence and the week's tally are no events
)

ELEVENTH_SET = {
    "s11-day-1384": DAY_1384,
    "s11-day-1393": DAY_1393,
    "s11-day-1409": DAY_1409,
    "s11-day-1421": DAY_1421,
    "s11-day-1433": DAY_1433,
    "s11-day-1443": DAY_1443,
    "s11-day-1455-quiet": DAY_1455_QUIET,
}
QUIET = {"s11-day-1455-quiet"}

# What the coder still gets wrong here, each a strict xfail in test_wire_styles.py: a wrong field or a miss
# (ELEVENTH_GAPS) and an invented event (ELEVENTH_INVENTED). Scored once on main 4d0b51f before any fix, in
# both recogniser modes (figures in the README).
ELEVENTH_GAPS: dict[str, str] = {}
ELEVENTH_INVENTED: dict[str, str] = {}
