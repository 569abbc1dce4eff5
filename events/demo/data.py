"""Demo events, series and international relations, drawn from the seed documents (loaded by loader.py).

Sources: the five-year report 2015-2020 ("vijfjaarsrapportage", VJR) and the ambition note 2021-2026
("ambitienota", AN). Figures and months come from them; where they give no day, time or venue, the
detail is INVENTED and marked so in a comment. Times are Europe/Amsterdam local time. Today in the
demo is late November 2026: the events dated 2026-12 and later are upcoming.
"""

# --- International relations (partners.Relation) -------------------------------------------------
RELATIONS = [
    # VJR: "30 jaar vriendschap" with Sibiu celebrated in 2019, so since 1989 (year derived, not stated).
    {"slug": "sibiu", "counterpart": "Sibiu", "country": "RO", "kind": "twin_city", "since": 1989,
     "partners": ["netsib-foundation", "deventer-roemenie", "saxion", "zone-college"], "municipality_role": "leads",
     "description": "Partnerstad van Deventer; de stedenband herleefde in 2015-2020 (VJR)."},
    # VJR: the partnership with the district was founded in 2012 in a VNG International programme.
    {"slug": "bukomansimbi", "counterpart": "District Bukomansimbi", "country": "UG", "kind": "partnership",
     "since": 2012, "partners": ["rabobank-salland", "deventer-koffie", "zone-college"], "municipality_role": "leads",
     "description": "Partnerschap met het district, sinds 2012 (VNG International)."},
    # VJR: cooperation agreement with the entrepreneurs' organisation of Rostock, signed in 2018.
    {"slug": "rostock", "counterpart": "Rostock", "country": "DE", "kind": "trade", "since": 2018,
     "partners": ["mkb-deventer"], "municipality_role": "partner",
     "description": "Samenwerkingsovereenkomst met de ondernemersvereniging van Rostock e.o. (2018)."},
    # VJR: lasting civil-service cooperation with Osnabrück since 2016.
    {"slug": "osnabrueck", "counterpart": "Osnabrück", "country": "DE", "kind": "partnership", "since": 2016,
     "partners": ["saxion"], "municipality_role": "partner",
     "description": "Ambtelijke samenwerking met de gemeente en de hogeschool Osnabrück."},
    # AN: Riga (Hanzedagen 2021). "since" left empty: the documents give none for Riga.
    {"slug": "riga", "counterpart": "Riga", "country": "LV", "kind": "hanze", "since": None,
     "partners": ["mkb-deventer"], "municipality_role": "facilitates",
     "description": "Hanzestad; handelsreis tijdens de Hanzedagen 2021 (AN)."},
]

SERIES = [
    {"slug": "wereldmuziekserie-deventer-internationaal", "name": "Wereldmuziekserie Deventer Internationaal",
     "description": "Al meer dan 25 jaar: een vrij toegankelijke maandelijkse programmering van oktober t/m mei "
                    "met traditionele en cross-over wereldmuziek (VJR)."},
]

# The world music series: "ca. 1.500 bezoekers per jaar", monthly October to May (VJR). The report
# speaks of about ten concerts a year; the individual concerts, their days (INVENTED: Sunday afternoons),
# venues (INVENTED: rotating over the programming partners the report names) and the split of the
# 1,500 visitors over them (INVENTED: 150 each) are not in the documents.
WORLD_MUSIC_VENUES = [("Muziekhuis", "muziekhuis"), ("De Speelman", "de-speelman"), ("De Perifeer", "de-perifeer"),
                      ("Etty Hillesum Centrum", "etty-hillesum-centrum")]  # (venue, organising partner)
WORLD_MUSIC_TITLES = [
    "Fado uit Lissabon", "Klezmer en Balkanbrass", "Griotmuziek uit Mali", "Tango Nuevo", "Ud en percussie",
    "Andes-ensemble", "World-jazz uit Istanbul", "Roemeense volksmuziek", "Gamelan Deventer", "Kaapverdische morna",
]
# (year, month, day) of each concert; two in some months to make about ten a calendar year.
WORLD_MUSIC_DATES = [
    (2019, 1, 13), (2019, 2, 10), (2019, 3, 10), (2019, 3, 24), (2019, 4, 14), (2019, 5, 12),
    (2019, 10, 13), (2019, 11, 10), (2019, 12, 8), (2019, 12, 22),
    # Upcoming season (INVENTED dates, like all of the above):
    (2026, 12, 13), (2027, 1, 17), (2027, 2, 14), (2027, 3, 14), (2027, 4, 11), (2027, 5, 9),
]

EVENTS = [
    # Festival de Oriënt during the Peace Week ("Vredesweek") in September (VJR). Days INVENTED as the
    # Peace Week of that year; venue INVENTED.
    {"slug": "festival-de-orient-2015", "title": "Festival de Oriënt 2015", "kind": "festival",
     "start": "2015-09-19 12:00", "end": "2015-09-27 22:00", "all_day": True, "venue": "Binnenstad",
     "organisers": ["centrum-voor-diversiteit-en-samenleving"], "sectors": ["cultuur-toerisme"], "goals": [16],
     "actual": 1500, "description": "Culturele uitingen en lezingen die het westen en het oosten verbinden, "
                                    "tijdens de Vredesweek."},
    {"slug": "festival-de-orient-2016", "title": "Festival de Oriënt 2016", "kind": "festival",
     "start": "2016-09-17 12:00", "end": "2016-09-25 22:00", "all_day": True, "venue": "Binnenstad",
     "organisers": ["centrum-voor-diversiteit-en-samenleving"], "sectors": ["cultuur-toerisme"], "goals": [16],
     "actual": 2000, "description": "De tweede editie, tijdens de Vredesweek."},
    # Focus op Indonesië: 1 November to 17 December 2017 with Europalia, "ruim 5.000 bezoekers" (VJR).
    {"slug": "focus-op-indonesie-2017", "title": "Focus op Indonesië", "kind": "festival",
     "start": "2017-11-01 10:00", "end": "2017-12-17 22:00", "all_day": True, "venue": "",
     "organisers": ["openbare-bibliotheek"], "sectors": ["cultuur-toerisme"], "goals": [11, 17],
     "actual": 5000, "description": "In samenwerking met het Europalia Arts Festival: de eeuwenoude banden "
                                    "tussen Deventer en Indonesië zichtbaar gemaakt."},
    # Deventer Wereldstad, biennial in November in the Deventer Schouwburg, "meer dan 1000 bezoekers per
    # keer" (VJR). Days INVENTED (a Saturday in November).
    {"slug": "deventer-wereldstad-2016", "title": "Deventer Wereldstad 2016", "kind": "festival",
     "start": "2016-11-19 11:00", "end": "2016-11-19 18:00", "venue": "Deventer Schouwburg",
     "organisers": ["stichting-deventer-wereldstad"], "sectors": ["cultuur-toerisme", "maatschappelijk"],
     "goals": [4, 10, 17], "actual": 1000,
     "description": "Wereldmarkt van internationaal actieve stichtingen, studentendebatten, dans en muziek."},
    {"slug": "deventer-wereldstad-2018", "title": "Deventer Wereldstad 2018", "kind": "festival",
     "start": "2018-11-17 11:00", "end": "2018-11-17 18:00", "venue": "Deventer Schouwburg",
     "organisers": ["stichting-deventer-wereldstad"], "sectors": ["cultuur-toerisme", "maatschappelijk"],
     "goals": [4, 10, 16, 17], "actual": 1000,
     "description": "Met de Oeganda-bijeenkomst met leerlingen van het Zone College en de "
                    "mensenrechtenactivist van Shelter City."},
    # Focus op Roemenië: 15 November to 15 December 2019, "ruim 20" events, "ca. 1.750 bezoekers" (VJR).
    # The festival's own number stays empty: its visitors are counted at its sub-events (below).
    {"slug": "focus-op-roemenie-2019", "title": "Focus op Roemenië", "kind": "festival",
     "start": "2019-11-15 10:00", "end": "2019-12-15 22:00", "all_day": True, "venue": "",
     "organisers": ["netsib-foundation", "deventer-roemenie", "mkb-deventer", "gemeente-deventer"],
     "sectors": ["cultuur-toerisme", "ondernemers", "onderwijs"], "goals": [4, 8, 17], "relations": ["sibiu"],
     "description": "Deventer, Sibiu en de Roemeense gemeenschap in Nederland vierden 30 jaar vriendschap "
                    "en samenwerking met economische, educatieve en culturele evenementen."},
    # Incoming delegation and trade mission from Sibiu, 3 to 10 December 2019 (VJR), part of the festival.
    {"slug": "delegatie-sibiu-2019", "title": "Delegatie en handelsmissie uit Sibiu", "kind": "incoming_delegation",
     "start": "2019-12-03 09:00", "end": "2019-12-10 17:00", "all_day": True, "venue": "",
     "parent": "focus-op-roemenie-2019", "organisers": ["netsib-foundation", "mkb-deventer", "gemeente-deventer"],
     "sectors": ["ondernemers", "gemeente"], "goals": [8, 17], "relations": ["sibiu"], "actual": 25,
     "description": "Werkbezoek op uitnodiging van stichting NetSib, MKB Deventer en de gemeente."},
    # Matchmaking for entrepreneurs from Sibiu and Deventer, December 2019 (VJR). Day and time INVENTED.
    {"slug": "matchmaking-sibiu-deventer-2019", "title": "Matchmaking ondernemers Sibiu en Deventer",
     "kind": "network_meeting", "start": "2019-12-05 15:00", "end": "2019-12-05 19:00", "venue": "Saxion",
     "parent": "focus-op-roemenie-2019", "organisers": ["mkb-deventer", "saxion"], "sectors": ["ondernemers"],
     "goals": [8], "relations": ["sibiu"], "actual": 60},
    # Trade missions: "Duitsland 4x, Roemenië 2x" (VJR). Which cities and when is INVENTED, except the
    # Hanzedagen Rostock mission of June 2018 (VJR photo caption) and "Zaken doen in Roemenië" (June 2017).
    {"slug": "handelsmissie-osnabrueck-2016", "title": "Handelsmissie naar Osnabrück", "kind": "trade_mission",
     "start": "2016-10-12 08:00", "end": "2016-10-13 18:00", "all_day": True, "city": "Osnabrück", "country": "DE",
     "organisers": ["mkb-deventer", "gemeente-deventer"], "sectors": ["ondernemers"], "goals": [8],
     "relations": ["osnabrueck"], "actual": 18},
    {"slug": "handelsmissie-hanzedagen-rostock-2018", "title": "Handelsmissie naar de Hanzedagen in Rostock",
     "kind": "trade_mission", "start": "2018-06-21 08:00", "end": "2018-06-24 20:00", "all_day": True,
     "city": "Rostock", "country": "DE", "organisers": ["mkb-deventer", "gemeente-deventer"],
     "sectors": ["ondernemers"], "goals": [8, 17], "relations": ["rostock"], "actual": 22,
     "description": "Ondernemersdelegatie uit Deventer; ondertekening van de samenwerkingsovereenkomst."},
    {"slug": "handelsmissie-munchen-2018", "title": "Logistieke beurs München", "kind": "trade_mission",
     "start": "2018-06-05 08:00", "end": "2018-06-07 18:00", "all_day": True, "city": "München", "country": "DE",
     "organisers": ["mkb-trade-office-deventer"], "sectors": ["ondernemers"], "goals": [9], "actual": 12},
    {"slug": "handelsmissie-rostock-2019", "title": "Handelsmissie naar Rostock", "kind": "trade_mission",
     "start": "2019-05-14 08:00", "end": "2019-05-16 18:00", "all_day": True, "city": "Rostock", "country": "DE",
     "organisers": ["mkb-deventer"], "sectors": ["ondernemers"], "goals": [8], "relations": ["rostock"],
     "actual": 15},
    {"slug": "handelsmissie-sibiu-2017", "title": "Handelsmissie naar Sibiu", "kind": "trade_mission",
     "start": "2017-10-09 08:00", "end": "2017-10-12 18:00", "all_day": True, "city": "Sibiu", "country": "RO",
     "organisers": ["mkb-deventer", "netsib-foundation"], "sectors": ["ondernemers"], "goals": [8],
     "relations": ["sibiu"], "actual": 14},
    {"slug": "handelsmissie-sibiu-2019", "title": "Handelsmissie naar Sibiu en Cluj", "kind": "trade_mission",
     "start": "2019-04-08 08:00", "end": "2019-04-11 18:00", "all_day": True, "city": "Sibiu", "country": "RO",
     "organisers": ["mkb-deventer", "netsib-foundation"], "sectors": ["ondernemers"], "goals": [8],
     "relations": ["sibiu"], "actual": 16},
    {"slug": "zaken-doen-in-roemenie-2017", "title": "Zaken doen in Roemenië", "kind": "themed_meeting",
     "start": "2017-06-14 16:00", "end": "2017-06-14 19:00", "venue": "Stadhuis Deventer",  # day/time/venue INVENTED
     "organisers": ["mkb-deventer", "deventer-roemenie"], "sectors": ["ondernemers"], "goals": [8],
     "relations": ["sibiu"], "actual": 45},
    # Incoming delegations (VJR photo captions): Bukomansimbi October 2018, Rostock October 2019. Days INVENTED.
    {"slug": "delegatie-bukomansimbi-2018", "title": "Delegatie uit Bukomansimbi op bezoek",
     "kind": "incoming_delegation", "start": "2018-10-08 09:00", "end": "2018-10-12 17:00", "all_day": True,
     "venue": "", "organisers": ["gemeente-deventer", "rabobank-salland", "deventer-koffie"],
     "sectors": ["gemeente", "maatschappelijk"], "goals": [8, 17], "relations": ["bukomansimbi"], "actual": 8,
     "description": "Onder meer bij Rabobank Salland, een van de partners van Deventer Koffie."},
    {"slug": "ondernemersdelegatie-rostock-2019", "title": "Ondernemersdelegatie uit Rostock bij MKB Deventer",
     "kind": "incoming_delegation", "start": "2019-10-16 10:00", "end": "2019-10-16 17:00", "venue": "MKB Deventer",
     "organisers": ["mkb-deventer"], "sectors": ["ondernemers"], "goals": [8], "relations": ["rostock"],
     "actual": 20},
    # Hanzedagen (VJR: Bergen, Kampen, Rostock; AN: Riga 2021). Dates of the International Hanseatic Days
    # of those years; the delegations' sizes are INVENTED.
    {"slug": "hanzedagen-bergen-2016", "title": "Internationale Hanzedagen Bergen", "kind": "outgoing_delegation",
     "start": "2016-06-23 10:00", "end": "2016-06-26 18:00", "all_day": True, "city": "Bergen", "country": "NO",
     "organisers": ["gemeente-deventer", "mkb-deventer"], "sectors": ["gemeente", "ondernemers"], "goals": [17],
     "actual": 30},
    {"slug": "hanzedagen-kampen-2017", "title": "Internationale Hanzedagen Kampen", "kind": "outgoing_delegation",
     "start": "2017-06-15 10:00", "end": "2017-06-18 18:00", "all_day": True, "city": "Kampen", "country": "NL",
     "organisers": ["gemeente-deventer", "mkb-deventer"], "sectors": ["gemeente", "ondernemers"], "goals": [17],
     "actual": 60},
    {"slug": "hanzedagen-rostock-2018", "title": "Internationale Hanzedagen Rostock", "kind": "outgoing_delegation",
     "start": "2018-06-21 10:00", "end": "2018-06-24 18:00", "all_day": True, "city": "Rostock", "country": "DE",
     "organisers": ["gemeente-deventer"], "sectors": ["gemeente"], "goals": [17], "relations": ["rostock"],
     "actual": 40},
    {"slug": "hanzedagen-riga-2021", "title": "Internationale Hanzedagen Riga", "kind": "outgoing_delegation",
     "start": "2021-08-19 10:00", "end": "2021-08-22 18:00", "all_day": True, "city": "Riga", "country": "LV",
     "organisers": ["gemeente-deventer", "mkb-deventer"], "sectors": ["gemeente", "ondernemers"], "goals": [17],
     "relations": ["riga"], "actual": 12},
    # Themed Global Goals meetings (VJR): Captains of Industry dinner 16 May 2019 for 40 representatives;
    # lunch on "Food Waste" on 10 October 2019 (Dag van de Duurzaamheid). Times and venues INVENTED.
    {"slug": "captains-of-industry-diner-2019", "title": "Captains of Industry Diner over de Global Goals",
     "kind": "themed_meeting", "start": "2019-05-16 18:00", "end": "2019-05-16 22:00", "venue": "Stadhuis Deventer",
     "organisers": ["gemeente-deventer"], "sectors": ["ondernemers"], "goals": [8, 12, 17], "actual": 40},
    {"slug": "food-waste-lunch-2019", "title": "Lunchbijeenkomst Food Waste", "kind": "themed_meeting",
     "start": "2019-10-10 12:00", "end": "2019-10-10 14:00", "venue": "Rabobank Salland",
     "organisers": ["rabobank-salland", "gemeente-deventer"], "sectors": ["ondernemers"], "goals": [2, 12],
     "actual": 35},
    # Upcoming (all INVENTED, in the spirit of AN: 2-3 themed Global Goals meetings a year, network meetings).
    # The network meeting with registration is always 11 days after the demo is loaded (2026-12-10 when
    # loaded on 2026-11-29), so the demo always has one to register for.
    {"slug": "netwerkbijeenkomst-international-office",
     "title": "Netwerkbijeenkomst International Office", "kind": "network_meeting",
     "in_days": 11, "start": "19:30", "end": "21:30", "venue": "Stadhuis Deventer, Burgerzaal",
     "organisers": ["gemeente-deventer"], "sectors": ["gemeente", "maatschappelijk", "onderwijs", "ondernemers",
                                                      "cultuur-toerisme"],
     "goals": [17], "expected": 40, "registration": {"capacity": 40, "waiting_list": True},
     "description": "Ontmoet de ambassadeurs en partners van het International Office: terugblik op 2026 en "
                    "de plannen voor 2027. Aanmelden is nodig; er zijn 40 plaatsen."},
    {"slug": "global-goals-bijeenkomst-water-2027", "title": "Global Goals-bijeenkomst: schoon water",
     "kind": "themed_meeting", "start": "2027-03-22 16:00", "end": "2027-03-22 18:30", "venue": "Openbare Bibliotheek",
     "organisers": ["gemeente-deventer"], "sectors": ["maatschappelijk", "ondernemers"], "goals": [6, 17],
     "expected": 50, "registration": {"capacity": 60, "waiting_list": False},
     "description": "Op Wereldwaterdag: Deventer organisaties over hun waterprojecten in Oeganda en Kenia."},
    {"slug": "midzomer-multicultureel-muziekfestijn-2027", "title": "Midzomer Multicultureel Muziekfestijn",
     "kind": "festival", "start": "2027-06-26 12:00", "end": "2027-06-26 23:00", "venue": "De Worp",
     "organisers": ["stichting-deventer-wereldstad"], "sectors": ["cultuur-toerisme"], "goals": [10, 11],
     "expected": 1500, "description": "Deventer Wereldstad sluit aan bij het muziekfestijn op de Worp (VJR)."},
]

# The 20+ events of Focus op Roemenië (VJR: "ruim 20 economische, educatieve en culturele evenementen").
# Their titles, days, times (two hours each) and the split of the 1,750 visitors are INVENTED, their venues
# left empty; with the two sub-events above
# (25 + 60 visitors) these 19 bring the festival to 21 events and exactly 1,750 visitors.
FOCUS_ROMANIA_SUB_EVENTS = [
    ("Opening Focus op Roemenië", "lecture", "2019-11-15 17:00", 150),
    ("Roemeense film: Sibiu in beeld", "exhibition", "2019-11-16 14:00", 80),
    ("Concert Roemeense volksmuziek", "concert", "2019-11-17 15:00", 120),
    ("Lezing 30 jaar stedenband", "lecture", "2019-11-19 20:00", 70),
    ("Fototentoonstelling Transsylvanië", "exhibition", "2019-11-20 10:00", 140),
    ("Studentenproject Saxion en Lucian Blaga", "exchange", "2019-11-21 13:00", 40),
    ("Roemeense kookworkshop", "exchange", "2019-11-23 16:00", 30),
    ("Debat: Roemenië in Europa", "lecture", "2019-11-26 20:00", 65),
    ("Kinderconcert", "concert", "2019-11-27 14:00", 90),
    ("Zone College ontmoet Landbouw College Sibiu", "exchange", "2019-11-28 10:00", 35),
    ("Roemeense markt op de Brink", "exhibition", "2019-11-30 10:00", 190),
    ("Jazz uit Sibiu", "concert", "2019-12-01 20:00", 110),
    ("Leesclub Roemeense literatuur", "lecture", "2019-12-02 19:30", 25),
    ("Zakendoen in Roemenië: de praktijk", "themed_meeting", "2019-12-04 16:00", 55),
    ("Erasmus-voorlichting", "exchange", "2019-12-06 15:00", 30),
    ("Orthodoxe koormuziek", "concert", "2019-12-08 16:00", 140),
    ("RONL Connect: presentatie platform", "network_meeting", "2019-12-09 15:00", 45),
    ("Slotavond van de delegatie", "network_meeting", "2019-12-10 19:00", 80),
    ("Afsluitend concert", "concert", "2019-12-14 20:00", 170),
]
