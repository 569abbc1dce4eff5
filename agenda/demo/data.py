"""Demo data for the work agenda: the A/B action lists of 2015-2020 and 2021-2026.

Pure data, no Django. Every fact comes from the municipality's three policy texts in
``../shared/seeds/``; titles, descriptions and update texts were written for the demo and do
not quote them. Sources are cited as in ``partners/demo/data.py``:

* "Nota 2015": Deventer Internationaal 2015-2020, B&W-nota and raadsvoorstel (17-2-2015).
* "Rapportage 2020": Vijf-Jaarsrapportage Internationaal Beleid 2015-2020, cited by heading.
* "Ambitienota 2021": Ambitienota Internationaal Beleid 2021-2026, chapters 1-6.

2015-2020: how many actions
---------------------------
The Nota 2015 gives the work agenda as the municipality's "speerpunten" in two bulleted lists:
three lines on "Actielijst A met concrete nieuwe acties" (strategic index, virtual
International Office, Hanze three-year programme towards Kampen 2017) and five on "Actielijst
B met lopende acties met een nieuwe impuls" (support for NGOs, public activities, international
local-governance projects, hosting delegations, EU investments). That is 8 actions, all
included here. The bullets carry no numbers, so the codes A1-A3 and B1-B5 follow the note's
order. The Rapportage 2020 (International Office) says the dynamic agenda grew to 30 action
points, of which 28 were realised or under way at the mid-term review over 2015-2017. The
other 22 points are not in the texts: the attachments "actielijst A" and "actielijst B" named
on the note's cover sheet are not part of the seed text, and partners could add lines later
("ieder ... kan de actielijst vernieuwen"). They are not invented here; the 28-of-30 figure is
only quoted in an update of A2.

2015-2020: status
-----------------
The Rapportage 2020 (Samenvatting) states that all concrete actions of both lists were carried
out, "soms in nieuwe vorm", and does not discuss them one by one. Every 2015-2020 action
therefore ends "realised" (100). Doubtful cases, decided in favour of that explicit statement:

* A1 (strategic index): the report never mentions the index. It is kept "realised" because of
  the summary; its closing update names only the overviews the report does describe.
* A3 (Hanze): the membership of the Business Hanze "leverde niets op" and was ended in 2019;
  that part was stopped, but the programme towards Kampen 2017 and the trade and youth
  programmes at the Hanzedagen went ahead, so the action as a whole is "realised".
* B5 (EU investments): the report says EU subsidies are now obtained through regional and
  provincial partners and that a separate EU policy is no longer needed. Read as the "new
  form" the summary speaks of, not as "stopped".

Dates
-----
* 2015-2020 actions start on 2015-02-17, the date on the Nota 2015 (the Rapportage 2020 quotes
  the note as of 15-2-2015; the note's own date is used). Open-ended lines end 2020-12-31.
* Where a text gives a month, the update is dated in that month (e.g. "okt. 2018"). Where it
  gives a year only, the update carries a plausible date in that year: 15 December for events
  of a whole year, 30 June for the Hanzedagen (held in summer). The mid-term review "over
  2015-2017" is dated 2017-12-15. The Rapportage 2020 itself is undated; it mentions college
  decisions of September 2020 and was discussed on 9 December 2020, so the closing updates
  drawn from it are dated 2020-11-30.
* 2021-2026 actions that continue a line of the Ambitienota start 2021-01-01 (start of the
  policy period); new ambitions start at a plausible later date. Updates for 2021-2026 are
  demo progress notes that stay within what the Ambitienota says it wants to do; they contain
  no figures except those the Ambitienota itself gives (the EUR 10.000, 43.000 and 5.400
  budgets). "Today" for the demo is 2026-11-23.

Other rules
-----------
* ``list``: in 2021-2026 a line the Ambitienota presents as continuing work from 2015-2020 is
  "B"; a new ambition someone picks up is "A".
* ``goals`` only where a text ties the action to a goal's subject, as in ``partners/demo/data.py``
  (trade and economic growth 8, innovation 9, education 4, human rights and local governance
  16, partnerships 17). The goal icons under "Draagt bij aan de volgende Global Goals" in the
  Ambitienota did not survive in the text and give nothing.
* ``countries`` only where a text names the country for that action; for the Hanzedagen in
  Bergen and Rostock the country is derived from the city, as in ``partners/demo/data.py``.
* ``municipality_role``: "leads" when the municipality is the lead partner, "partner" when it
  takes part as co-lead or participant, "facilitates" when it only supports (subsidy, contacts).
* Organisations that are not in the partner list (Deventer Marketing, Hanzestad Marketing,
  VNG International, Stichting Kleurrijk Deventer, Humanitas' partner Justice and Peace,
  MIMIK, foreign counterparts) appear only in the texts, never as participants.
"""

CHAPTERS = [
    # Dutch titles as listed in the Ambitienota 2021 "Inleiding" (the chapter headings word 4
    # and 6 slightly differently: "Bevorderen van internationale samenwerking", "Verder
    # profileren van Deventer als vooruitstrevende Global Goals gemeente").
    (
        1,
        "Internationale handel en export bevorderen",
        "Promoting international trade and exports",
        "Internationalen Handel und Export fördern",
    ),
    (
        2,
        "Synergie creëren door samenwerking en verbinding",
        "Creating synergy through cooperation and connection",
        "Synergien schaffen durch Zusammenarbeit und Vernetzung",
    ),
    (
        3,
        "Aandacht vestigen op Deventer als internationale en tolerante Hanzestad",
        "Drawing attention to Deventer as an international and tolerant Hanseatic city",
        "Deventer als internationale und tolerante Hansestadt ins Blickfeld rücken",
    ),
    (
        4,
        "Internationale samenwerking bevorderen",
        "Promoting international cooperation",
        "Internationale Zusammenarbeit fördern",
    ),
    (5, "Samenwerken in de Hanze", "Working together in the Hanseatic League", "Zusammenarbeit in der Hanse"),
    (
        6,
        "Deventer profileren als vooruitstrevende Global Goals gemeente",
        "Profiling Deventer as a progressive Global Goals municipality",
        "Deventer als fortschrittliche Global-Goals-Kommune profilieren",
    ),
]

_P1 = "2015-2020"
_P2 = "2021-2026"

ACTIONS = [
    # ====================================================================================
    # 2015-2020, actielijst A (Nota 2015, "Actielijst A met concrete nieuwe acties")
    # ====================================================================================
    {
        # Nota 2015, A bullet 1; planning 2015: "voorstel voor de strategische index".
        # Rapportage 2020: index not mentioned (see docstring); closing update names the
        # overviews the report does describe (Ondernemers; NGO's: Kleurrijk Deventer).
        "code": "A1",
        "period": _P1,
        "chapter": None,
        "list": "A",
        "title": "Strategische index van internationale relaties",
        "description": (
            "De gemeente neemt het voortouw bij een index die vastlegt welke internationale "
            "relaties Deventer heeft. Partijen uit de stad denken mee over de opzet, zodat de "
            "index een gedeeld overzicht wordt."
        ),
        "status": "realised",
        "progress": 100,
        "lead_partner": "gemeente-deventer",
        "lead": "ambtenaar",
        "participants": [],
        "sectors": ["gemeente"],
        "municipality_role": "leads",
        "goals": [],
        "countries": [],
        "start": "2015-02-17",
        "end": "2020-12-31",
        "public": True,
        "updates": [
            {
                "date": "2015-03-02",
                "author": "ambtenaar",
                "text": (
                    "Start: de gemeente werkt in 2015 een voorstel voor de index uit en betrekt "
                    "daarbij partijen uit de stad."
                ),
                "status": "in_progress",
                "progress": 10,
            },
            {
                "date": "2020-11-30",
                "author": "ambtenaar",
                "text": (
                    "De vijfjaarsrapportage bespreekt de index niet apart, maar stelt dat alle "
                    "acties van beide lijsten zijn uitgevoerd, soms in een andere vorm. Wel "
                    "bestaan nu overzichten van internationale relaties: de exportprofielen in "
                    "'Made in Deventer', online kaarten van de exportlocaties van Deventer "
                    "bedrijven en de website Kleurrijk Deventer van de internationale organisaties."
                ),
                "status": "realised",
                "progress": 100,
            },
        ],
    },
    {
        # Nota 2015, A bullet 2. Rapportage 2020, Samenvatting ("opgezet in 2015", geslaagd) and
        # International Office (30 actiepunten, 28 gerealiseerd of gaande over 2015-2017;
        # enquete medio 2020; vanaf 2021 alleen operationeel). Participants: the members of the
        # International Office network in partners/demo/data.py.
        "code": "A2",
        "period": _P1,
        "chapter": None,
        "list": "A",
        "title": "Virtueel International Office Deventer met ambassadeurs per sector",
        "description": (
            "Een virtueel office zonder gebouw of rechtsvorm verbindt de sectoren die "
            "internationaal actief zijn. Per sector zijn er twee ambassadeurs die kennis en "
            "contacten delen en netwerken; de gemeente organiseert de bijeenkomsten en vormt "
            "intern een spiegelgroep van ambtenaren."
        ),
        "status": "realised",
        "progress": 100,
        "lead_partner": "gemeente-deventer",
        "lead": "coordinator",
        "participants": [
            ("mkb-deventer", "participant"),
            ("saxion", "participant"),
            ("zone-college", "participant"),
        ],
        "sectors": ["gemeente", "ondernemers", "onderwijs", "maatschappelijk", "cultuur-toerisme"],
        "municipality_role": "leads",
        "goals": [17],
        "countries": [],
        "start": "2015-02-17",
        "end": "2020-12-31",
        "public": True,
        "updates": [
            {
                "date": "2015-12-15",
                "author": "coordinator",
                "text": (
                    "Het International Office is opgezet: uit de sectoren en de gemeente zijn "
                    "ambassadeurs en deelnemers geworven die over sectorgrenzen heen kennis en "
                    "netwerken uitwisselen."
                ),
                "status": "in_progress",
                "progress": 50,
            },
            {
                "date": "2017-12-15",
                "author": "coordinator",
                "text": (
                    "Tussentijdse evaluatie over 2015-2017: de dynamische werkagenda is gegroeid "
                    "tot 30 actiepunten, waarvan er 28 gerealiseerd of in uitvoering zijn."
                ),
                "progress": 80,
            },
            {
                "date": "2020-11-30",
                "author": "coordinator",
                "text": (
                    "Uit de bevraging medio 2020 blijkt grote tevredenheid over het office en de "
                    "gemeentelijke ondersteuning. Deelnemers willen een pragmatischere vorm, "
                    "missen de sport en zetten de ontmoetingen vanaf 2021 voort op operationeel "
                    "niveau."
                ),
                "status": "realised",
                "progress": 100,
            },
        ],
    },
    {
        # Nota 2015, A bullet 3. Rapportage 2020: Ondernemers and Onderwijs (vanaf 2016
        # handelscongressen / Jeugd Hanze in Bergen, Kampen en Rostock), Gemeente Deventer
        # (Business Hanze 2019 opgezegd; Rostock 2018; ondersteuning breder vanaf medio 2019),
        # Nieuwe ontwikkelingen: De Hanze. End 2019-12-31: the three-year programme ran to
        # Kampen 2017, the "intensivering met andere Hanzesteden" is followed to 2019.
        # Countries DE/NO derived from Rostock and Bergen.
        "code": "A3",
        "period": _P1,
        "chapter": None,
        "list": "A",
        "title": "Driejarenprogramma Hanze naar de Hanzedagen Kampen 2017",
        "description": (
            "Gemeente en partners geven het Hanzeverbond een nieuwe impuls met een programma "
            "van drie jaar richting de Hanzedagen in Kampen in 2017. Daarin krijgen de "
            "presentatie van Deventer, handelsmissies en de jeugd een plaats; ook wordt gekeken "
            "of de band met andere Hanzesteden hechter kan."
        ),
        "status": "realised",
        "progress": 100,
        "lead_partner": "gemeente-deventer",
        "lead": "ambtenaar",
        "participants": [
            ("mkb-deventer", "co-lead"),
            ("etty-hillesum-lyceum", "participant"),
        ],
        "sectors": ["gemeente", "ondernemers", "onderwijs", "cultuur-toerisme"],
        "municipality_role": "leads",
        "goals": [8],
        "countries": ["DE", "NO"],
        "start": "2015-02-17",
        "end": "2019-12-31",
        "public": True,
        "updates": [
            {
                "date": "2016-06-30",
                "author": "ambtenaar",
                "text": (
                    "Eerste jaar met een handelscongres tijdens de Hanzedagen in Bergen: "
                    "ondernemers en MKB Deventer doen mee, en leerlingen van het Etty Hillesum "
                    "Lyceum nemen deel aan de Jeugd Hanze."
                ),
                "status": "in_progress",
                "progress": 40,
            },
            {
                "date": "2017-06-30",
                "author": "ambassadeur-ondernemers",
                "text": (
                    "Hanzedagen in Kampen bereikt: opnieuw een Deventer ondernemersdelegatie op "
                    "het handelscongres en leerlingen in het jeugdprogramma. Het "
                    "driejarenprogramma is daarmee afgerond."
                ),
                "progress": 80,
            },
            {
                "date": "2019-12-15",
                "author": "ambtenaar",
                "text": (
                    "Tijdens de Hanzedagen 2018 in Rostock is een samenwerkingsovereenkomst met "
                    "de ondernemersorganisatie daar gesloten. Het lidmaatschap van de Business "
                    "Hanze bracht niets op en is in 2019 opgezegd; sinds medio 2019 wordt de "
                    "Hanze breder ambtelijk gecoördineerd binnen het Internationaal Beleid."
                ),
                "status": "realised",
                "progress": 100,
            },
        ],
    },
    # ====================================================================================
    # 2015-2020, actielijst B (Nota 2015, "Actielijst B met lopende acties met een nieuwe
    # impuls")
    # ====================================================================================
    {
        # Nota 2015, B bullet 1. Rapportage 2020, Internationaal actieve maatschappelijke
        # instellingen en NGO's (Platform Deventer-Oeganda 2016; enquete medio 2020; herziening
        # subsidieregeling in september, in werking 1-1-2021; ca. 25 organisaties per jaar;
        # Kleurrijk Deventer). Participants: organisations the report names in this section.
        "code": "B1",
        "period": _P1,
        "chapter": None,
        "list": "B",
        "title": "Ondersteuning van internationaal actieve NGO's",
        "description": (
            "De gemeente blijft de lokale NGO's met buitenlandse projecten steunen met een "
            "periodiek overleg dat inspireert en een kleine subsidie. Die subsidie werkt als "
            "hefboom: organisaties werven er elders veel grotere bedragen mee."
        ),
        "status": "realised",
        "progress": 100,
        "lead_partner": "gemeente-deventer",
        "lead": "ambassadeur-ngo",
        "participants": [
            ("connect2uganda", "participant"),
            ("netsib-foundation", "participant"),
        ],
        "sectors": ["maatschappelijk", "gemeente"],
        "municipality_role": "leads",
        "goals": [17],
        "countries": [],
        "start": "2015-02-17",
        "end": "2020-12-31",
        "public": True,
        "updates": [
            {
                "date": "2016-12-15",
                "author": "ambassadeur-ngo",
                "text": (
                    "Naast het bestaande overleg is het Platform Deventer-Oeganda opgericht, "
                    "waarin alle in Oeganda actieve Deventer organisaties samenwerken."
                ),
                "status": "in_progress",
                "progress": 50,
            },
            {
                "date": "2020-06-30",
                "author": "ambassadeur-ngo",
                "text": (
                    "Bevraging van de organisaties: tevredenheid over subsidie, platformoverleg "
                    "en ondersteuning; de gemeentesubsidie telt vaak als cofinanciering bij "
                    "fondsen. Met gemeentelijke steun is de gezamenlijke website Kleurrijk "
                    "Deventer gemaakt."
                ),
                "progress": 85,
            },
            {
                "date": "2020-09-30",
                "author": "ambtenaar",
                "text": (
                    "Jaarlijks kregen zo'n 25 organisaties subsidie. Het college heeft besloten "
                    "de regeling op onderdelen te herzien; de wijzigingen gaan op 1 januari 2021 "
                    "in."
                ),
                "status": "realised",
                "progress": 100,
            },
        ],
    },
    {
        # Nota 2015, B bullet 2. Rapportage 2020, Cultuur & toerisme (Festival de Orient sept.
        # 2015/2016, Deventer Wereldstad 2016/2018, Focus op Indonesie 1 nov.-17 dec. 2017,
        # Focus op Roemenie 15 nov.-15 dec. 2019, wereldmuziekserie; 2020 editie geschrapt).
        # Participants: the world-music co-programmers, Stichting Deventer Wereldstad, NetSib
        # (invited the Sibiu delegation), Zone College (Oeganda-bijeenkomst at Wereldstad).
        "code": "B2",
        "period": _P1,
        "chapter": None,
        "list": "B",
        "title": "Publieksactiviteiten en internationale culturele uitwisseling",
        "description": (
            "Inwoners maken kennis met andere culturen en actuele internationale thema's via "
            "festivals, concerten en bijeenkomsten. Culturele uitwisselingen met het "
            "buitenland worden aangemoedigd."
        ),
        "status": "realised",
        "progress": 100,
        "lead_partner": "gemeente-deventer",
        "lead": "ambassadeur-cultuur",
        "participants": [
            ("stichting-deventer-wereldstad", "co-lead"),
            ("netsib-foundation", "participant"),
            ("zone-college", "participant"),
            ("centrum-voor-diversiteit-en-samenleving", "participant"),
            ("vrouwen-voor-elkaar", "participant"),
            ("vluchtelingenwerk-deventer", "participant"),
            ("etty-hillesum-centrum", "participant"),
            ("muziekhuis", "participant"),
            ("de-speelman", "participant"),
            ("de-perifeer", "participant"),
        ],
        "sectors": ["cultuur-toerisme", "maatschappelijk", "gemeente"],
        "municipality_role": "leads",
        "goals": [],
        "countries": ["ID", "RO"],
        "start": "2015-02-17",
        "end": "2020-12-31",
        "public": True,
        "updates": [
            {
                "date": "2015-09-30",
                "author": "ambassadeur-cultuur",
                "text": (
                    "Festival de Oriënt tijdens de Vredesweek trok ongeveer 1.500 bezoekers; "
                    "cultuur en lezingen slaan een brug tussen West en Oost."
                ),
                "status": "in_progress",
                "progress": 25,
            },
            {
                "date": "2017-12-17",
                "author": "ambassadeur-cultuur",
                "text": (
                    "Na een tweede Oriënt-festival (2016) en Deventer Wereldstad 2016 sluit "
                    "Focus op Indonesië af: zeven weken programma samen met Europalia, met ruim "
                    "5.000 bezoekers."
                ),
                "progress": 60,
            },
            {
                "date": "2020-11-30",
                "author": "ambassadeur-cultuur",
                "text": (
                    "Deventer Wereldstad 2018 en Focus op Roemenië (eind 2019, dertig jaar "
                    "vriendschap met Sibiu) zijn gehouden; de wereldmuziekserie loopt door. "
                    "Wereldstad sluit voortaan aan bij het multiculturele muziekfestijn op de "
                    "Worp; de editie van 2020 ging door corona niet door."
                ),
                "status": "realised",
                "progress": 100,
            },
        ],
    },
    {
        # Nota 2015, B bullet 3 (networks in Turkije, Uganda, Palestijnse Gebieden/Israel en
        # Roemenie). Rapportage 2020, Gemeente Deventer (Bukomansimbi: activities from 2015,
        # trainingen 2016, training maart 2019, 75%), Ondernemers (hotel, Deventer Koffie) and
        # NGO's (Rabobank Salland, Go Ahead Eagles in the partner area; Sibiu). Countries: only
        # UG and RO, where the report records activity; the report says nothing about Turkey
        # or the Palestinian Territories/Israel in this period, so they are left out.
        "code": "B3",
        "period": _P1,
        "chapter": None,
        "list": "B",
        "title": "Internationale projecten voor versterking van lokaal bestuur (VNG International)",
        "description": (
            "Aanvullend op het werk van Deventer organisaties voert de gemeente, met externe "
            "financiering, projecten uit die het lokaal bestuur versterken in landen waar die "
            "organisaties actief zijn. De nieuwe impuls is dat bedrijven, scholen en "
            "maatschappelijke organisaties via deze projectgebieden met elkaar in contact komen."
        ),
        "status": "realised",
        "progress": 100,
        "lead_partner": "gemeente-deventer",
        "lead": "ambtenaar",
        "participants": [
            ("connect2uganda", "participant"),
            ("zone-college", "participant"),
            ("netsib-foundation", "participant"),
            ("deventer-koffie", "supporter"),
            ("rabobank-salland", "supporter"),
            ("go-ahead-eagles", "supporter"),
        ],
        "sectors": ["gemeente", "maatschappelijk", "ondernemers", "onderwijs", "sport"],
        "municipality_role": "leads",
        "goals": [16, 17],
        "countries": ["UG", "RO"],
        "start": "2015-02-17",
        "end": "2020-12-31",
        "public": True,
        "updates": [
            {
                "date": "2016-12-15",
                "author": "ambtenaar",
                "text": (
                    "Sinds 2015 helpt de gemeente het district Bukomansimbi met regionale "
                    "statistiek, afvalbeleid en een districtswebsite. Na de verkiezingen van "
                    "2016 volgden trainingen in interactieve planning voor bestuurders, "
                    "raadsleden en ambtenaren."
                ),
                "status": "in_progress",
                "progress": 45,
            },
            {
                "date": "2019-03-31",
                "author": "ambtenaar",
                "text": (
                    "Samen met het district getraind: twintig functionarissen en bestuurders, "
                    "die op hun beurt de nieuwe dorpsbesturen over hun taken en ethiek "
                    "instrueren."
                ),
                "progress": 80,
            },
            {
                "date": "2020-11-30",
                "author": "coordinator",
                "text": (
                    "Driekwart van de dorpsbestuurders is inmiddels getraind. In het kielzog van "
                    "de projecten raakten ook Deventer bedrijven en instellingen in Oeganda "
                    "actief (Deventer Koffie, een hotel, Rabobank Salland, Go Ahead Eagles); de "
                    "stedenband met Sibiu kreeg nieuw leven."
                ),
                "status": "realised",
                "progress": 100,
            },
        ],
    },
    {
        # Nota 2015, B bullet 4. Rapportage 2020: International Office (Roemeense
        # handelsattache bij Auping, maart 2018), Ondernemers (delegatie Bukomansimbi bij
        # Rabobank Salland okt. 2018; Rostock bij MKB Deventer okt. 2019), NGO's (ambassadeur
        # van Oeganda, juli 2019), Cultuur & toerisme (Sibiu, 3-10 dec. 2019).
        "code": "B4",
        "period": _P1,
        "chapter": None,
        "list": "B",
        "title": "Gastheerschap voor buitenlandse delegaties",
        "description": (
            "Deventer ontvangt buitenlandse delegaties en verbindt ze met bedrijven, scholen "
            "en organisaties in de stad."
        ),
        "status": "realised",
        "progress": 100,
        "lead_partner": "gemeente-deventer",
        "lead": "ambtenaar",
        "participants": [
            ("mkb-deventer", "participant"),
            ("netsib-foundation", "participant"),
            ("auping", "participant"),
            ("rabobank-salland", "participant"),
        ],
        "sectors": ["gemeente", "ondernemers", "maatschappelijk"],
        "municipality_role": "leads",
        "goals": [],
        "countries": ["RO", "UG", "DE"],
        "start": "2015-02-17",
        "end": "2020-12-31",
        "public": True,
        "updates": [
            {
                "date": "2018-03-31",
                "author": "coordinator",
                "text": (
                    "De Roemeense handelsattaché bezocht onder meer Auping; aansluitend was er "
                    "een netwerkbijeenkomst voor Deventer ondernemers."
                ),
                "status": "in_progress",
                "progress": 50,
            },
            {
                "date": "2018-10-31",
                "author": "ambtenaar",
                "text": (
                    "Een delegatie uit Bukomansimbi was te gast en bezocht onder andere "
                    "Rabobank Salland, een van de partners achter Deventer Koffie."
                ),
                "progress": 70,
            },
            {
                "date": "2019-12-10",
                "author": "ambtenaar",
                "text": (
                    "In 2019 ontving Deventer de ambassadeur van Oeganda (platformoverleg), een "
                    "ondernemersdelegatie uit Rostock bij MKB Deventer en, op uitnodiging van "
                    "NetSib, MKB Deventer en de gemeente, een delegatie en handelsmissie uit "
                    "Sibiu."
                ),
                "status": "realised",
                "progress": 100,
            },
        ],
    },
    {
        # Nota 2015, B bullet 5; planning 2015: "EU subsidies met partners". Rapportage 2020,
        # opening section (EU-subsidies via regionale en provinciale samenwerking; aanvullend
        # EU-beleid niet meer vereist). Countries as named there (Roemenie, Duitsland).
        # Doubtful status, see docstring.
        "code": "B5",
        "period": _P1,
        "chapter": None,
        "list": "B",
        "title": "Europese investeringen voor innovatie en duurzaamheid stimuleren",
        "description": (
            "De gemeente blijft Europese investeringen in innovatie en duurzaamheid naar "
            "Deventer halen en deelt kennis daarover met steden en regio's langs de oost-westas, "
            "bijvoorbeeld via Deventer duurzame maakstad en Cleantech."
        ),
        "status": "realised",
        "progress": 100,
        "lead_partner": "gemeente-deventer",
        "lead": "ambtenaar",
        "participants": [],
        "sectors": ["gemeente"],
        "municipality_role": "leads",
        "goals": [9],
        "countries": ["RO", "DE"],
        "start": "2015-02-17",
        "end": "2020-12-31",
        "public": True,
        "updates": [
            {
                "date": "2015-12-15",
                "author": "ambtenaar",
                "text": (
                    "Volgens de planning voor 2015 zijn EU-subsidieaanvragen samen met partners "
                    "opgepakt, als voortzetting van het Europabeleid uit 2011."
                ),
                "status": "in_progress",
                "progress": 30,
            },
            {
                "date": "2020-11-30",
                "author": "ambtenaar",
                "text": (
                    "EU-subsidies blijven belangrijk, maar Deventer haalt ze nu binnen via "
                    "regionale en provinciale samenwerking. Het Internationaal Beleid richt zich "
                    "zelf sterk op EU-landen (Sibiu, Duitse steden, de Hanze), waardoor een apart "
                    "EU-beleid niet meer nodig is."
                ),
                "status": "realised",
                "progress": 100,
            },
        ],
    },
    # ====================================================================================
    # 2021-2026, chapter 1: Internationale handel en export bevorderen
    # ====================================================================================
    {
        # Ambitienota 2021 ch. 1: "handelsreizen (medio en najaar 2021) naar Riga (Hanzedagen)
        # en Malmo/Gotenborg"; economic partners in Malmo and Gotenborg. Riga is taken up in
        # B16 (chapter 5). New concrete trip, so list A.
        "code": "A1",
        "period": _P2,
        "chapter": 1,
        "list": "A",
        "title": "Handelsreis naar Malmö en Göteborg",
        "description": (
            "MKB Trade Office Deventer organiseert in het najaar van 2021 een gezamenlijke "
            "handelsreis naar Malmö en Göteborg. Bestuurders en ambtenaren van de gemeente "
            "helpen met contacten."
        ),
        "status": "realised",
        "progress": 100,
        "lead_partner": "mkb-trade-office-deventer",
        "lead": "ambassadeur-ondernemers",
        "participants": [
            ("mkb-deventer", "participant"),
            ("gemeente-deventer", "supporter"),
        ],
        "sectors": ["ondernemers"],
        "municipality_role": "facilitates",
        "goals": [8],
        "countries": ["SE"],
        "start": "2021-03-01",
        "end": "2021-12-31",
        "public": True,
        "updates": [
            {
                "date": "2021-04-15",
                "author": "ambassadeur-ondernemers",
                "text": "Reis staat voor het najaar op de agenda; deelnemers worden geworven.",
                "status": "planned",
                "progress": 10,
            },
            {
                "date": "2021-09-20",
                "author": "ambassadeur-ondernemers",
                "text": (
                    "Programma met de economische partners in Malmö en Göteborg staat; de "
                    "gemeente deelt haar contacten."
                ),
                "status": "in_progress",
                "progress": 60,
            },
            {
                "date": "2021-12-10",
                "author": "ambassadeur-ondernemers",
                "text": ("Reis afgerond. De contacten in beide steden worden via het Trade Office onderhouden."),
                "status": "realised",
                "progress": 100,
            },
        ],
    },
    {
        # Ambitienota 2021 ch. 1: cooperation with Deventer Marketing sought "in de komende
        # jaren"; visitors mainly from Germany. Deventer Marketing is not in the partner list.
        "code": "A2",
        "period": _P2,
        "chapter": 1,
        "list": "A",
        "title": "Internationale citymarketing samen met Deventer Marketing",
        "description": (
            "Toerisme is een economische sector met een internationale kant; de meeste "
            "buitenlandse bezoekers komen uit Duitsland. Vanuit het Internationaal Beleid wordt "
            "samenwerking gezocht met Deventer Marketing over hoe de stad zich internationaal "
            "presenteert."
        ),
        "status": "planned",
        "progress": 10,
        "lead_partner": "gemeente-deventer",
        "lead": "ambassadeur-cultuur",
        "participants": [],
        "sectors": ["cultuur-toerisme", "gemeente"],
        "municipality_role": "leads",
        "goals": [8],
        "countries": ["DE"],
        "start": "2022-01-01",
        "end": None,
        "public": True,
        "updates": [
            {
                "date": "2022-05-10",
                "author": "ambassadeur-cultuur",
                "text": ("Eerste verkenning: welke internationale marketing loopt er al en waar liggen raakvlakken?"),
                "status": "planned",
                "progress": 5,
            },
            {
                "date": "2026-10-06",
                "author": "ambassadeur-cultuur",
                "text": (
                    "Kennismaking met Deventer Marketing gehad; een gezamenlijke aanpak voor "
                    "bezoekers uit Duitsland wordt meegenomen in het beleid na 2026."
                ),
                "progress": 10,
            },
        ],
    },
    {
        # Ambitienota 2021 ch. 1: EUR 10.000 per year, active support, sharing contacts and
        # information; partners in Rostock, Sibiu, Osnabrueck, Malmo, Gotenborg. Continued
        # line (Rapportage 2020, Ondernemers), so list B.
        "code": "B1",
        "period": _P2,
        "chapter": 1,
        "list": "B",
        "title": "Gemeentelijke steun aan MKB Trade Office Deventer",
        "description": (
            "De gemeente steunt het regionale Trade Office met een jaarlijkse bijdrage van "
            "€ 10.000, met hulp bij activiteiten en door contacten en informatie te delen. Zo "
            "draagt het Internationaal Beleid bij aan de economische structuur van de stad."
        ),
        "status": "in_progress",
        "progress": 85,
        "lead_partner": "gemeente-deventer",
        "lead": "ambtenaar",
        "participants": [
            ("mkb-trade-office-deventer", "co-lead"),
            ("mkb-deventer", "participant"),
        ],
        "sectors": ["gemeente", "ondernemers"],
        "municipality_role": "leads",
        "goals": [8, 17],
        "countries": ["DE", "RO", "SE"],
        "start": "2021-01-01",
        "end": "2026-12-31",
        "public": True,
        "updates": [
            {
                "date": "2021-03-15",
                "author": "ambtenaar",
                "text": "Bijdrage 2021 verleend; afgesproken hoe contacten en informatie worden gedeeld.",
                "status": "in_progress",
                "progress": 20,
            },
            {
                "date": "2023-02-14",
                "author": "ambtenaar",
                "text": ("Jaarlijkse bijdrage voortgezet; gezamenlijke activiteitenagenda voor 2023 vastgesteld."),
                "progress": 50,
            },
            {
                "date": "2026-10-12",
                "author": "ambtenaar",
                "text": (
                    "Laatste bijdrage van deze beleidsperiode verleend. Samen met het Trade "
                    "Office wordt de samenwerking geëvalueerd als bouwsteen voor het beleid na 2026."
                ),
                "progress": 85,
            },
        ],
    },
    {
        # Ambitienota 2021 ch. 1, the bulleted export programme of MKB Deventer (meetings,
        # vouchers, "Made in Deventer", trainees/interns, Go4export). Saxion supplies trainees
        # and interns (Rapportage 2020, Ondernemers).
        "code": "B2",
        "period": _P2,
        "chapter": 1,
        "list": "B",
        "title": "Exportprogramma van MKB Deventer",
        "description": (
            "MKB Deventer helpt exporterende ondernemers met landenbijeenkomsten, vouchers, "
            "profilering in 'Made in Deventer' en online, trainees en stagiaires en aansluiting "
            "bij Go4export. De gemeente ondersteunt waar dat kan."
        ),
        "status": "in_progress",
        "progress": 75,
        "lead_partner": "mkb-deventer",
        "lead": "ambassadeur-ondernemers",
        "participants": [
            ("mkb-trade-office-deventer", "co-lead"),
            ("saxion", "participant"),
            ("gemeente-deventer", "supporter"),
        ],
        "sectors": ["ondernemers", "onderwijs"],
        "municipality_role": "facilitates",
        "goals": [8],
        "countries": ["DE", "RO", "SE"],
        "start": "2021-01-01",
        "end": None,
        "public": True,
        "updates": [
            {
                "date": "2021-06-01",
                "author": "ambassadeur-ondernemers",
                "text": "Landenbijeenkomsten weer gestart, voorlopig online.",
                "status": "in_progress",
                "progress": 20,
            },
            {
                "date": "2023-11-15",
                "author": "ambassadeur-ondernemers",
                "text": ("Ondernemersprofielen van 'Made in Deventer' online bijgewerkt; nieuwe trainees geplaatst."),
                "progress": 50,
            },
            {
                "date": "2026-09-25",
                "author": "ambassadeur-ondernemers",
                "text": (
                    "Themabijeenkomst over export naar Duitsland gehouden, met voorlichting over vouchers en Go4export."
                ),
                "progress": 75,
            },
        ],
    },
    # ====================================================================================
    # 2021-2026, chapter 2: Synergie creëren door samenwerking en verbinding
    # ====================================================================================
    {
        # Ambitienota 2021 §2.1 ambition: continue the International Office, preferably with
        # more sectors (including sport), more informal, more focus. Participants: network
        # members as in partners/demo/data.py, plus Go Ahead Eagles (see A3).
        "code": "B3",
        "period": _P2,
        "chapter": 2,
        "list": "B",
        "title": "International Office voortzetten in een informelere vorm",
        "description": (
            "Alle deelnemers willen door met het International Office, informeler en liefst "
            "met meer sectoren. Ze willen elkaar strategisch sterker maken door meer focus aan "
            "te brengen in activiteiten en partnerlanden."
        ),
        "status": "in_progress",
        "progress": 80,
        "lead_partner": "gemeente-deventer",
        "lead": "coordinator",
        "participants": [
            ("mkb-deventer", "participant"),
            ("saxion", "participant"),
            ("zone-college", "participant"),
            ("go-ahead-eagles", "participant"),
        ],
        "sectors": ["gemeente", "ondernemers", "onderwijs", "maatschappelijk", "cultuur-toerisme", "sport"],
        "municipality_role": "leads",
        "goals": [17],
        "countries": [],
        "start": "2021-01-01",
        "end": None,
        "public": True,
        "updates": [
            {
                "date": "2021-10-05",
                "author": "coordinator",
                "text": "Eerste bijeenkomst in de nieuwe, operationele opzet (online).",
                "status": "in_progress",
                "progress": 20,
            },
            {
                "date": "2024-04-18",
                "author": "coordinator",
                "text": "Deelnemers kiezen samen een beperkt aantal partnerlanden om op te focussen.",
                "progress": 55,
            },
            {
                "date": "2026-11-05",
                "author": "coordinator",
                "text": "Najaarsbijeenkomst gehouden; de opbrengst gaat mee in de evaluatie van 2021-2026.",
                "progress": 80,
            },
        ],
    },
    {
        # Ambitienota 2021 §2.1 ("meer sectoren (waaronder sport)"; Go Ahead Eagles' football
        # training in Bukomansimbi as an example of cross-sector results); Rapportage 2020,
        # International Office (sport missing from the klaverblad). New, so list A.
        "code": "A3",
        "period": _P2,
        "chapter": 2,
        "list": "A",
        "title": "Sport als nieuw blad van het International Office",
        "description": (
            "De sport is internationaal actief maar zat niet in het klaverblad. Go Ahead Eagles, "
            "dat al voetbaltrainingen in Bukomansimbi gaf, neemt het voortouw om de sport bij het "
            "International Office aan te laten sluiten."
        ),
        "status": "realised",
        "progress": 100,
        "lead_partner": "go-ahead-eagles",
        "lead": "ambassadeur-sport",
        "participants": [("gemeente-deventer", "participant")],
        "sectors": ["sport", "gemeente"],
        "municipality_role": "partner",
        "goals": [17],
        "countries": [],
        "start": "2021-06-01",
        "end": "2023-06-30",
        "public": True,
        "updates": [
            {
                "date": "2021-09-15",
                "author": "ambassadeur-sport",
                "text": "Verkenning met Go Ahead Eagles en de coördinator: wat kan de sport inbrengen?",
                "status": "in_progress",
                "progress": 20,
            },
            {
                "date": "2022-10-10",
                "author": "coordinator",
                "text": "Sportambassadeur benoemd en voor het eerst aanwezig bij het International Office.",
                "progress": 60,
            },
            {
                "date": "2023-06-20",
                "author": "ambassadeur-sport",
                "text": "Sport is vast onderdeel van het netwerk; de actie is afgerond.",
                "status": "realised",
                "progress": 100,
            },
        ],
    },
    {
        # Ambitienota 2021 §2.1 ambition: wish from education to involve youth more; the
        # municipality wants a better overview of schools' international activities and will
        # open its own contacts (Roemenie, Duitsland, Oeganda, Hanze) to schools.
        # Participants: the schools named in Rapportage 2020, Onderwijs.
        "code": "A4",
        "period": _P2,
        "chapter": 2,
        "list": "A",
        "title": "Jeugd en onderwijs betrekken: overzicht en toegang tot buitenlandse contacten",
        "description": (
            "De gemeente brengt de vele internationale activiteiten van Deventer scholen in "
            "kaart. Waar ze zelf contacten in het buitenland heeft, zoals in Roemenië, Duitsland, "
            "Oeganda of via de Hanze, stelt ze die zo mogelijk open voor onderwijsinstellingen."
        ),
        "status": "in_progress",
        "progress": 60,
        "lead_partner": "gemeente-deventer",
        "lead": "ambassadeur-onderwijs",
        "participants": [
            ("saxion", "participant"),
            ("windesheim", "participant"),
            ("roc-aventus", "participant"),
            ("zone-college", "participant"),
            ("etty-hillesum-lyceum", "participant"),
            ("het-vlier", "participant"),
        ],
        "sectors": ["onderwijs", "gemeente"],
        "municipality_role": "leads",
        "goals": [4],
        "countries": ["RO", "DE", "UG"],
        "start": "2021-09-01",
        "end": None,
        "public": True,
        "updates": [
            {
                "date": "2022-01-20",
                "author": "ambassadeur-onderwijs",
                "text": ("Uitvraag bij de scholen naar hun internationale activiteiten en partners verstuurd."),
                "status": "in_progress",
                "progress": 15,
            },
            {
                "date": "2024-03-12",
                "author": "ambassadeur-onderwijs",
                "text": "Overzicht voor mbo en hbo compleet; voortgezet onderwijs volgt.",
                "progress": 45,
            },
            {
                "date": "2026-03-18",
                "author": "ambassadeur-onderwijs",
                "text": ("Scholen kunnen bij de gemeente aankloppen voor contacten in Sibiu en via de Hanze."),
                "progress": 60,
            },
        ],
    },
    {
        # Ambitienota 2021 §2.2: subsidy budget EUR 43.000 for the international organisations
        # and the Sibiu town twinning; the municipality facilitates the Periodiek Overleg. The
        # Platform Deventer-Oeganda is B12. Participants: organisations from the §2.2 list.
        "code": "B4",
        "period": _P2,
        "chapter": 2,
        "list": "B",
        "title": "Subsidie en Periodiek Overleg voor de internationale organisaties",
        "description": (
            "De gemeente faciliteert het Periodiek Overleg Internationale Samenwerking en "
            "verdeelt jaarlijks kleine subsidies uit een budget van € 43.000 onder de "
            "internationale organisaties en de stedenband met Sibiu. Organisaties vermenigvuldigen "
            "die bijdrage met fondsenwerving, collectes en sponsoring."
        ),
        "status": "in_progress",
        "progress": 80,
        "lead_partner": "gemeente-deventer",
        "lead": "ambassadeur-ngo",
        "participants": [
            ("deventer-roemenie", "participant"),
            ("netsib-foundation", "participant"),
            ("amnesty-international-deventer", "participant"),
            ("wereldwinkel-deventer", "participant"),
            ("vietnam-nederland", "participant"),
        ],
        "sectors": ["maatschappelijk", "gemeente"],
        "municipality_role": "leads",
        "goals": [17],
        "countries": ["RO"],
        "start": "2021-01-01",
        "end": None,
        "public": True,
        "updates": [
            {
                "date": "2021-02-15",
                "author": "ambtenaar",
                "text": (
                    "Herziene subsidieregeling sinds 1 januari van kracht; eerste aanvragen onder de nieuwe regels."
                ),
                "status": "in_progress",
                "progress": 15,
            },
            {
                "date": "2023-06-05",
                "author": "ambassadeur-ngo",
                "text": ("Het Periodiek Overleg komt weer fysiek bijeen; thema: contacten herstellen na de pandemie."),
                "progress": 50,
            },
            {
                "date": "2026-09-29",
                "author": "ambassadeur-ngo",
                "text": (
                    "Subsidieronde 2026 afgerond; het najaarsoverleg bereidt de inbreng voor het nieuwe beleid voor."
                ),
                "progress": 80,
            },
        ],
    },
    {
        # Ambitienota 2021 §2.2: the organisations united in 2021 in Stichting Kleurrijk
        # Deventer, website linked to Ondernemen in Deventer; ambition: rebuild (online)
        # contacts after the pandemic, more professionalisation and profiling. The foundation
        # is a network, not a partner, so no lead partner. Continues the wish in Rapportage
        # 2020 (NGO's), so list B.
        "code": "B5",
        "period": _P2,
        "chapter": 2,
        "list": "B",
        "title": "Kleurrijk Deventer: professionalisering en herstel van buitenlandse contacten",
        "description": (
            "De internationale organisaties bundelen zich in Kleurrijk Deventer en tonen "
            "ondernemers op hun website in welke landen ze werken en welke kennis ze hebben. "
            "Na de pandemie bouwen ze hun contacten in het buitenland weer op en werken ze aan "
            "professionalisering en profilering."
        ),
        "status": "in_progress",
        "progress": 65,
        "lead_partner": None,
        "lead": "ambassadeur-ngo",
        "participants": [
            ("deventer-roemenie", "participant"),
            ("netsib-foundation", "participant"),
            ("kinderen-van-uganda", "participant"),
            ("projectgroep-kenya", "participant"),
            ("wereldwinkel-deventer", "participant"),
            ("gemeente-deventer", "supporter"),
        ],
        "sectors": ["maatschappelijk", "ondernemers"],
        "municipality_role": "facilitates",
        "goals": [17],
        "countries": [],
        "start": "2021-01-01",
        "end": None,
        "public": True,
        "updates": [
            {
                "date": "2021-06-10",
                "author": "ambassadeur-ngo",
                "text": ("Stichting Kleurrijk Deventer opgericht; de website is gekoppeld aan Ondernemen in Deventer."),
                "status": "in_progress",
                "progress": 20,
            },
            {
                "date": "2022-11-08",
                "author": "partner-roemenie",
                "text": "Veel organisaties hebben hun contacten ter plaatse weer opgepakt, eerst online.",
                "progress": 40,
            },
            {
                "date": "2026-05-14",
                "author": "ambassadeur-ngo",
                "text": "Landen- en projectpagina's op de website geactualiseerd voor ondernemers.",
                "progress": 65,
            },
        ],
    },
    # ====================================================================================
    # 2021-2026, chapter 3: Aandacht vestigen op Deventer als internationale en tolerante
    # Hanzestad
    # ====================================================================================
    {
        # Ambitienota 2021 §3.1: performances, lectures and events on international culture,
        # identity and current topics; annual budget EUR 5.400. Goal 16: tolerance and human
        # rights (ch. 3 ambition).
        "code": "B6",
        "period": _P2,
        "chapter": 3,
        "list": "B",
        "title": "Publieksevenementen over internationale cultuur en actuele thema's",
        "description": (
            "Met de vrijwilligersorganisaties en andere instellingen stimuleert de gemeente "
            "voorstellingen, lezingen en evenementen over internationale cultuur, identiteit en "
            "actualiteit. Zo wordt de bewustwording van inwoners verdiept; er is een jaarbudget "
            "van € 5.400."
        ),
        "status": "in_progress",
        "progress": 80,
        "lead_partner": "gemeente-deventer",
        "lead": "ambassadeur-cultuur",
        "participants": [
            ("stichting-deventer-wereldstad", "participant"),
            ("openbare-bibliotheek", "participant"),
            ("etty-hillesum-centrum", "participant"),
            ("amnesty-international-deventer", "participant"),
        ],
        "sectors": ["cultuur-toerisme", "maatschappelijk", "gemeente"],
        "municipality_role": "leads",
        "goals": [16],
        "countries": [],
        "start": "2021-01-01",
        "end": None,
        "public": True,
        "updates": [
            {
                "date": "2021-09-20",
                "author": "ambassadeur-cultuur",
                "text": "Eerste activiteiten na de lockdowns rond de Vredesweek.",
                "status": "in_progress",
                "progress": 20,
            },
            {
                "date": "2024-01-25",
                "author": "ambassadeur-cultuur",
                "text": "Jaarprogramma met lezingen en voorstellingen samen met de partners vastgesteld.",
                "progress": 55,
            },
            {
                "date": "2026-11-10",
                "author": "ambassadeur-cultuur",
                "text": "Programma voor 2027 in voorbereiding; aanvragen uit het jaarbudget beoordeeld.",
                "progress": 80,
            },
        ],
    },
    {
        # Rapportage 2020, Cultuur & toerisme (series for 25+ years, monthly October-May,
        # co-programmers named; MIMIK from 2020 delayed by corona). Falls under the
        # performances of Ambitienota 2021 §3.1. Continued line, so list B.
        "code": "B7",
        "period": _P2,
        "chapter": 3,
        "list": "B",
        "title": "Wereldmuziekserie Deventer Internationaal",
        "description": (
            "De al lang bestaande wereldmuziekserie brengt van oktober tot en met mei "
            "maandelijks vrij toegankelijke traditionele en cross-over wereldmuziek op "
            "verschillende podia. Culturele en maatschappelijke organisaties programmeren mee."
        ),
        "status": "in_progress",
        "progress": 75,
        "lead_partner": "gemeente-deventer",
        "lead": "ambassadeur-cultuur",
        "participants": [
            ("muziekhuis", "participant"),
            ("de-speelman", "participant"),
            ("de-perifeer", "participant"),
            ("etty-hillesum-centrum", "participant"),
            ("centrum-voor-diversiteit-en-samenleving", "participant"),
            ("vrouwen-voor-elkaar", "participant"),
            ("vluchtelingenwerk-deventer", "participant"),
        ],
        "sectors": ["cultuur-toerisme", "maatschappelijk"],
        "municipality_role": "leads",
        "goals": [],
        "countries": [],
        "start": "2021-01-01",
        "end": None,
        "public": True,
        "updates": [
            {
                "date": "2021-10-15",
                "author": "ambassadeur-cultuur",
                "text": "Nieuw seizoen gestart na de coronapauze.",
                "status": "in_progress",
                "progress": 20,
            },
            {
                "date": "2023-10-05",
                "author": "ambassadeur-cultuur",
                "text": ("MIMIK doet mee als podium en bij de programmering; dat was door corona uitgesteld."),
                "progress": 50,
            },
            {
                "date": "2026-10-02",
                "author": "ambassadeur-cultuur",
                "text": "Seizoen 2026-2027 geopend.",
                "progress": 75,
            },
        ],
    },
    {
        # Rapportage 2020, Cultuur & toerisme: Stichting Deventer Wereldstad joins the
        # Midzomer Multicultureel Muziekfestijn op de Worp, expected from 2021. Ambitienota
        # 2021 §3.1 (events with the volunteer organisations). Demo: first joint edition 2022.
        "code": "B8",
        "period": _P2,
        "chapter": 3,
        "list": "B",
        "title": "Deventer Wereldstad sluit aan bij het multiculturele festival op de Worp",
        "description": (
            "Na vijf edities laat Stichting Deventer Wereldstad haar evenement opgaan in het "
            "Midzomer Multicultureel Muziekfestijn op de Worp. Zo kunnen de internationale "
            "organisaties zich elk jaar aan het publiek laten zien in plaats van om de twee jaar."
        ),
        "status": "realised",
        "progress": 100,
        "lead_partner": "stichting-deventer-wereldstad",
        "lead": "ambassadeur-cultuur",
        "participants": [("gemeente-deventer", "supporter")],
        "sectors": ["cultuur-toerisme", "maatschappelijk"],
        "municipality_role": "facilitates",
        "goals": [],
        "countries": [],
        "start": "2021-01-01",
        "end": "2022-06-30",
        "public": True,
        "updates": [
            {
                "date": "2021-04-01",
                "author": "ambassadeur-cultuur",
                "text": (
                    "Afspraken met de festivalorganisatie in de maak; de editie van 2021 hangt af van de maatregelen."
                ),
                "status": "planned",
                "progress": 10,
            },
            {
                "date": "2022-03-15",
                "author": "ambassadeur-cultuur",
                "text": ("Programma voor de eerste gezamenlijke editie rond, met een plek voor de stichtingen."),
                "status": "in_progress",
                "progress": 60,
            },
            {
                "date": "2022-06-30",
                "author": "ambassadeur-cultuur",
                "text": "Eerste gezamenlijke editie gehouden; de aansluiting is voortaan jaarlijks.",
                "status": "realised",
                "progress": 100,
            },
        ],
    },
    {
        # Ambitienota 2021 §3.2: two defenders received; after a third one the municipality,
        # Humanitas and Saxion decide on continuation. Rapportage 2020 (Shelter City): third
        # reception planned for 2021. The decision itself is not in any text, so the action
        # stays open (and turns stale in the demo).
        "code": "B9",
        "period": _P2,
        "chapter": 3,
        "list": "B",
        "title": "Shelter City: derde mensenrechtenverdediger en besluit over voortzetting",
        "description": (
            "Als Shelter City biedt Deventer bedreigde mensenrechtenverdedigers drie maanden "
            "opvang, training en veiligheid. Na een derde gast besluiten de gemeente, Humanitas "
            "en Saxion of het programma doorgaat."
        ),
        "status": "in_progress",
        "progress": 70,
        "lead_partner": "gemeente-deventer",
        "lead": "ambtenaar",
        "participants": [
            ("humanitas-woon-en-zorgcentrum", "co-lead"),
            ("saxion", "participant"),
        ],
        "sectors": ["gemeente", "maatschappelijk", "onderwijs"],
        "municipality_role": "leads",
        "goals": [16],
        "countries": [],
        "start": "2021-01-01",
        "end": None,
        "public": True,
        "updates": [
            {
                "date": "2021-05-10",
                "author": "ambtenaar",
                "text": ("Ontvangst van de derde mensenrechtenverdediger voorbereid met Humanitas en Saxion."),
                "status": "in_progress",
                "progress": 20,
            },
            {
                "date": "2022-03-15",
                "author": "ambtenaar",
                "text": ("Derde verblijf afgerond, met activiteiten voor studenten en raadsleden; evaluatie gestart."),
                "progress": 50,
            },
            {
                "date": "2026-04-16",
                "author": "ambtenaar",
                "text": ("Evaluatie met de partners besproken; het besluit over voortzetting wordt voorbereid."),
                "progress": 70,
            },
        ],
    },
    # ====================================================================================
    # 2021-2026, chapter 4: Internationale samenwerking bevorderen
    # ====================================================================================
    {
        # Ambitienota 2021 ch. 4 (Sibiu: administrative contacts, chances for Saxion and MKB
        # Trade Office), §2.1 (Zone College Erasmus with Sibiu and Cluj), §2.2 (subsidy for the
        # twinning). NetSib and St. Deventer - Roemenie: Rapportage 2020 (NGO's) and the §2.2 list.
        "code": "B10",
        "period": _P2,
        "chapter": 4,
        "list": "B",
        "title": "Stedenband met Sibiu",
        "description": (
            "Deventer onderhoudt een stedenband met Sibiu in Roemenië. Naast bestuurlijke en "
            "ambtelijke contacten biedt die kansen voor Saxion, het Zone College en MKB Trade "
            "Office om samen te werken met opleidingen en bedrijven daar."
        ),
        "status": "in_progress",
        "progress": 75,
        "lead_partner": "gemeente-deventer",
        "lead": "ambtenaar",
        "participants": [
            ("deventer-roemenie", "participant"),
            ("netsib-foundation", "participant"),
            ("saxion", "participant"),
            ("zone-college", "participant"),
            ("mkb-trade-office-deventer", "participant"),
        ],
        "sectors": ["gemeente", "maatschappelijk", "onderwijs", "ondernemers"],
        "municipality_role": "leads",
        "goals": [17],
        "countries": ["RO"],
        "start": "2021-01-01",
        "end": None,
        "public": True,
        "updates": [
            {
                "date": "2021-11-20",
                "author": "partner-roemenie",
                "text": "Overleg met de partners in Sibiu hervat, voorlopig online.",
                "status": "in_progress",
                "progress": 20,
            },
            {
                "date": "2024-05-22",
                "author": "ambtenaar",
                "text": (
                    "Bestuurlijk contact met Sibiu; Saxion en het Trade Office schoven aan voor onderwijs en handel."
                ),
                "progress": 55,
            },
            {
                "date": "2026-10-28",
                "author": "partner-roemenie",
                "text": "Activiteiten voor 2027 met NetSib en de gemeente op een rij gezet.",
                "progress": 75,
            },
        ],
    },
    {
        # Ambitienota 2021 ch. 4: the ten-year partnership with Bukomansimbi through VNG
        # International ends late 2021 and will probably not be continued in the same form.
        # Status "stopped": continuation was not pursued; the progress stays at the level
        # reached. Follow-up for the organisations is B12.
        "code": "B11",
        "period": _P2,
        "chapter": 4,
        "list": "B",
        "title": "Partnerschap met het district Bukomansimbi (VNG International)",
        "description": (
            "Het tienjarige partnerschap met het Oegandese district Bukomansimbi, via "
            "programma's van VNG International, loopt eind 2021 af. Een voortzetting in "
            "dezelfde vorm ligt niet in de lijn der verwachting."
        ),
        "status": "stopped",
        "progress": 80,
        "lead_partner": "gemeente-deventer",
        "lead": "ambtenaar",
        "participants": [("connect2uganda", "participant")],
        "sectors": ["gemeente", "maatschappelijk"],
        "municipality_role": "leads",
        "goals": [16],
        "countries": ["UG"],
        "start": "2021-01-01",
        "end": "2021-12-31",
        "public": True,
        "updates": [
            {
                "date": "2021-04-12",
                "author": "ambtenaar",
                "text": "Laatste programmajaar: contacten met het district grotendeels op afstand.",
                "status": "in_progress",
                "progress": 60,
            },
            {
                "date": "2021-12-20",
                "author": "ambtenaar",
                "text": (
                    "Programma beëindigd; VNG International zet het niet in dezelfde vorm voort. "
                    "De gemeente blijft de Deventer organisaties in Oeganda faciliteren (zie B12)."
                ),
                "status": "stopped",
                "progress": 80,
            },
        ],
    },
    {
        # Ambitienota 2021 ch. 4 ("zal de gemeente de in Oeganda werkzame Deventer organisaties
        # blijven faciliteren") and §2.2 (Platform Deventer-Oeganda). The platform is a
        # network, not a partner, so no lead partner. Participants: Uganda-active partners in
        # partners/demo/data.py.
        "code": "B12",
        "period": _P2,
        "chapter": 4,
        "list": "B",
        "title": "Platform Deventer-Oeganda blijven faciliteren",
        "description": (
            "Ook nu het VNG-programma is afgelopen, blijft de gemeente de Deventer organisaties "
            "die in Oeganda werken ondersteunen via het Platform Deventer-Oeganda. Zij delen "
            "er kennis en contacten."
        ),
        "status": "in_progress",
        "progress": 75,
        "lead_partner": None,
        "lead": "ambassadeur-ngo",
        "participants": [
            ("connect2uganda", "participant"),
            ("kinderen-van-uganda", "participant"),
            ("zone-college", "participant"),
            ("deventer-koffie", "participant"),
            ("go-ahead-eagles", "participant"),
            ("gemeente-deventer", "supporter"),
        ],
        "sectors": ["maatschappelijk", "onderwijs", "ondernemers", "sport"],
        "municipality_role": "facilitates",
        "goals": [17],
        "countries": ["UG"],
        "start": "2022-01-01",
        "end": None,
        "public": True,
        "updates": [
            {
                "date": "2022-02-08",
                "author": "ambassadeur-ngo",
                "text": ("Platformoverleg weer gestart; afspraken over de rol van de gemeente na het VNG-programma."),
                "status": "in_progress",
                "progress": 30,
            },
            {
                "date": "2024-07-02",
                "author": "ambassadeur-ngo",
                "text": "Leden wisselen ervaringen uit over het herstel van hun projecten na de pandemie.",
                "progress": 55,
            },
            {
                "date": "2026-09-15",
                "author": "ambassadeur-ngo",
                "text": "Najaarsoverleg gehouden; nieuwe leden verwelkomd.",
                "progress": 75,
            },
        ],
    },
    {
        # Ambitienota 2021 ch. 4: six years of cooperation with Osnabrueck together with Saxion
        # and the Osnabrueck university of applied sciences; Rapportage 2020 (Onderwijs: Learning
        # Cities since 2015, two studies a year). Germany is the main export target.
        "code": "B13",
        "period": _P2,
        "chapter": 4,
        "list": "B",
        "title": "Samenwerking met Osnabrück en de hogescholen",
        "description": (
            "Deventer en Osnabrück werken sinds 2015 samen met Saxion en de hogeschool van "
            "Osnabrück; gemengde studentengroepen doen elk jaar onderzoek voor beide steden. De "
            "samenwerking gaat door, ook omdat Duitsland het belangrijkste exportland is."
        ),
        "status": "in_progress",
        "progress": 65,
        "lead_partner": "gemeente-deventer",
        "lead": "ambtenaar",
        "participants": [("saxion", "co-lead")],
        "sectors": ["gemeente", "onderwijs"],
        "municipality_role": "leads",
        "goals": [4, 17],
        "countries": ["DE"],
        "start": "2021-01-01",
        "end": None,
        "public": True,
        "updates": [
            {
                "date": "2021-11-30",
                "author": "ambtenaar",
                "text": "De jaarlijkse onderzoeksopdrachten voor beide steden lopen door.",
                "status": "in_progress",
                "progress": 30,
            },
            {
                "date": "2023-12-05",
                "author": "ambtenaar",
                "text": "Onderzoeksresultaten gepresenteerd aan beide gemeenten.",
                "progress": 55,
            },
            {
                "date": "2026-02-20",
                "author": "ambtenaar",
                "text": "Onderwerpen voor de volgende onderzoeksronde gekozen.",
                "progress": 65,
            },
        ],
    },
    {
        # Ambitienota 2021 ch. 4: the municipality is always open to one-off visits of foreign
        # delegations and other one-off initiatives. Continues 2015-2020 B4.
        "code": "B14",
        "period": _P2,
        "chapter": 4,
        "list": "B",
        "title": "Ontvangst van buitenlandse delegaties en eenmalige initiatieven",
        "description": (
            "Naast meerjarige samenwerking staat de gemeente open voor eenmalige bezoeken van "
            "buitenlandse delegaties en andere losse initiatieven, vooral waar die kansrijke "
            "handelsinitiatieven van Deventer bedrijven helpen."
        ),
        "status": "in_progress",
        "progress": 75,
        "lead_partner": "gemeente-deventer",
        "lead": "coordinator",
        "participants": [("mkb-trade-office-deventer", "participant")],
        "sectors": ["gemeente", "ondernemers"],
        "municipality_role": "leads",
        "goals": [17],
        "countries": [],
        "start": "2021-01-01",
        "end": None,
        "public": True,
        "updates": [
            {
                "date": "2022-05-17",
                "author": "coordinator",
                "text": "Eerste buitenlandse delegatie sinds de pandemie weer fysiek ontvangen.",
                "status": "in_progress",
                "progress": 30,
            },
            {
                "date": "2024-10-08",
                "author": "coordinator",
                "text": "Werkwijze voor ontvangsten afgestemd met het Trade Office.",
                "progress": 55,
            },
            {
                "date": "2026-11-12",
                "author": "coordinator",
                "text": (
                    "Delegatiebezoek met een bedrijfsbezoek ontvangen; verslag gedeeld in het International Office."
                ),
                "progress": 75,
            },
        ],
    },
    # ====================================================================================
    # 2021-2026, chapter 5: Samenwerken in de Hanze
    # ====================================================================================
    {
        # Ambitienota 2021 ch. 5: annual Hanzedagen led by the mayor, joint presence with the
        # other Dutch Hanseatic towns via Hanzestad Marketing (not a partner), youth programme;
        # Riga 2021. Etty Hillesum Lyceum: JeugdHanze (Rapportage 2020), see B17.
        "code": "B15",
        "period": _P2,
        "chapter": 5,
        "list": "B",
        "title": "Deelname aan de jaarlijkse Hanzedagen",
        "description": (
            "Deventer, lid van het Nieuwe Hanzeverbond sinds 1980, gaat elk jaar onder leiding "
            "van de burgemeester naar de Hanzedagen. Samen met de andere Nederlandse "
            "Hanzesteden trekt de stad zo toeristen; het programma verbindt toerisme, jeugd, "
            "cultuur en economie."
        ),
        "status": "in_progress",
        "progress": 80,
        "lead_partner": "gemeente-deventer",
        "lead": "ambtenaar",
        "participants": [
            ("mkb-trade-office-deventer", "participant"),
            ("etty-hillesum-lyceum", "participant"),
        ],
        "sectors": ["gemeente", "cultuur-toerisme", "ondernemers", "onderwijs"],
        "municipality_role": "leads",
        "goals": [17],
        "countries": ["LV"],
        "start": "2021-01-01",
        "end": None,
        "public": True,
        "updates": [
            {
                "date": "2021-06-30",
                "author": "ambtenaar",
                "text": "Deelname aan de Hanzedagen in Riga.",
                "status": "in_progress",
                "progress": 20,
            },
            {
                "date": "2023-06-30",
                "author": "ambtenaar",
                "text": "Gezamenlijke presentatie met de Nederlandse Hanzesteden via Hanzestad Marketing.",
                "progress": 50,
            },
            {
                "date": "2026-06-26",
                "author": "ambtenaar",
                "text": "Delegatie onder leiding van de burgemeester terug van de Hanzedagen 2026.",
                "progress": 80,
            },
        ],
    },
    {
        # Ambitienota 2021 ch. 5: the annual economic forum; MKB Trade Office increasingly
        # leads the regional trade delegations; municipality keeps supporting. Ch. 1: Riga 2021.
        "code": "B16",
        "period": _P2,
        "chapter": 5,
        "list": "B",
        "title": "Regionale handelsdelegaties naar het economisch forum van de Hanzedagen",
        "description": (
            "MKB Trade Office Deventer neemt steeds vaker de leiding bij de regionale "
            "ondernemersdelegaties naar het jaarlijkse economisch forum van de Hanzedagen. Het "
            "forum geeft toegang tot de handelszone van de North Sea Baltic Corridor; de "
            "gemeente blijft dit steunen."
        ),
        "status": "in_progress",
        "progress": 75,
        "lead_partner": "mkb-trade-office-deventer",
        "lead": "ambassadeur-ondernemers",
        "participants": [
            ("mkb-deventer", "participant"),
            ("gemeente-deventer", "supporter"),
        ],
        "sectors": ["ondernemers", "gemeente"],
        "municipality_role": "facilitates",
        "goals": [8],
        "countries": ["LV"],
        "start": "2021-01-01",
        "end": None,
        "public": True,
        "updates": [
            {
                "date": "2021-06-30",
                "author": "ambassadeur-ondernemers",
                "text": "Handelsreis naar het economisch forum in Riga uitgevoerd.",
                "status": "in_progress",
                "progress": 20,
            },
            {
                "date": "2024-06-28",
                "author": "ambassadeur-ondernemers",
                "text": "Regionale delegatie onder leiding van het Trade Office naar het forum.",
                "progress": 55,
            },
            {
                "date": "2026-09-17",
                "author": "ambassadeur-ondernemers",
                "text": "Forum 2026 geëvalueerd; werving voor de delegatie van 2027 begonnen.",
                "progress": 75,
            },
        ],
    },
    {
        # Ambitienota 2021 ch. 5 (youth activities in the Hanzedagen); Rapportage 2020
        # (Onderwijs; De Hanze: a teacher and two pupils of the Etty Hillesum Lyceum).
        "code": "B17",
        "period": _P2,
        "chapter": 5,
        "list": "B",
        "title": "JeugdHanze: leerlingen naar de Hanzedagen",
        "description": (
            "Leerlingen van het Etty Hillesum Lyceum doen met een docent mee aan het "
            "jeugdprogramma van de Hanzedagen. Zo maken jongeren kennis met leeftijdgenoten uit "
            "andere Hanzesteden."
        ),
        "status": "in_progress",
        "progress": 70,
        "lead_partner": "etty-hillesum-lyceum",
        "lead": "ambassadeur-onderwijs",
        "participants": [("gemeente-deventer", "supporter")],
        "sectors": ["onderwijs"],
        "municipality_role": "facilitates",
        "goals": [4],
        "countries": [],
        "start": "2021-01-01",
        "end": None,
        "public": True,
        "updates": [
            {
                "date": "2022-06-30",
                "author": "ambassadeur-onderwijs",
                "text": "Na een coronapauze weer leerlingen bij het jeugdprogramma.",
                "status": "in_progress",
                "progress": 30,
            },
            {
                "date": "2026-09-08",
                "author": "ambassadeur-onderwijs",
                "text": "Selectie van de leerlingen voor de Hanzedagen van volgend jaar gestart.",
                "progress": 70,
            },
        ],
    },
    {
        # Ambitienota 2021 ch. 5: the Hanze offers new chances for economic or other
        # initiatives with Hanseatic towns; deepen cooperation "waar mogelijk". Not yet picked
        # up as a concrete project, so an idea.
        "code": "A5",
        "period": _P2,
        "chapter": 5,
        "list": "A",
        "title": "Nieuwe initiatieven met andere Hanzesteden",
        "description": (
            "De contacten met zo'n 200 Europese Hanzesteden bieden ruimte voor nieuwe "
            "economische of andere samenwerking. Het idee is om daar een eerste concreet "
            "initiatief uit te laten voortkomen."
        ),
        "status": "idea",
        "progress": 0,
        "lead_partner": "gemeente-deventer",
        "lead": "coordinator",
        "participants": [],
        "sectors": ["gemeente", "ondernemers"],
        "municipality_role": "leads",
        "goals": [8],
        "countries": [],
        "start": None,
        "end": None,
        "public": True,
        "updates": [
            {
                "date": "2026-10-14",
                "author": "coordinator",
                "text": ("Idee opgenomen na bespreking in het International Office; een trekker wordt gezocht."),
                "status": "idea",
                "progress": 0,
            },
        ],
    },
    # ====================================================================================
    # 2021-2026, chapter 6: Deventer profileren als vooruitstrevende Global Goals gemeente
    # ====================================================================================
    {
        # Ambitienota 2021 ch. 6 ambition: support 2-3 thematic meetings a year; Kerngroep
        # members as listed there (MKB read as MKB Deventer, as in partners/demo/data.py).
        "code": "B18",
        "period": _P2,
        "chapter": 6,
        "list": "B",
        "title": "Thematische Global Goals-bijeenkomsten van de Kerngroep Deventer4GlobalGoals",
        "description": (
            "De Kerngroep ondersteunt jaarlijks twee à drie themabijeenkomsten die Deventer "
            "bedrijven laten zien wat de Global Goals voor hun bedrijfsvoering kunnen betekenen, "
            "onder meer door goede voorbeelden van andere bedrijven te delen."
        ),
        "status": "in_progress",
        "progress": 80,
        "lead_partner": "gemeente-deventer",
        "lead": "coordinator",
        "participants": [
            ("saxion", "participant"),
            ("dep", "participant"),
            ("mkb-deventer", "participant"),
            ("soventure", "participant"),
            ("jako-ag", "participant"),
            ("openbare-bibliotheek", "participant"),
            ("kunstenlab", "participant"),
            ("kristinsson-architecten", "participant"),
            ("duurzaamheidscentrum", "participant"),
            ("devter-jong", "participant"),
        ],
        "sectors": ["gemeente", "ondernemers", "onderwijs", "cultuur-toerisme", "maatschappelijk"],
        "municipality_role": "leads",
        "goals": [17],
        "countries": [],
        "start": "2021-01-01",
        "end": None,
        "public": True,
        "updates": [
            {
                "date": "2021-10-11",
                "author": "coordinator",
                "text": "Eerste themabijeenkomst van deze periode rond de Dag van de Duurzaamheid.",
                "status": "in_progress",
                "progress": 15,
            },
            {
                "date": "2024-04-23",
                "author": "ambassadeur-ngo",
                "text": ("Bijeenkomst met goede voorbeelden uit het MKB, georganiseerd met leden van de kerngroep."),
                "progress": 55,
            },
            {
                "date": "2026-10-09",
                "author": "coordinator",
                "text": "Najaarsbijeenkomst gehouden; thema's voor volgend jaar verzameld.",
                "progress": 80,
            },
        ],
    },
    {
        # Ambitienota 2021 ch. 6 ambition: award the Deventer4GlobalGoals prize every year at
        # the Deventer Ondernemers Event with MKB Deventer. First award 11 Feb 2020
        # (Rapportage 2020), hence the February dates.
        "code": "B19",
        "period": _P2,
        "chapter": 6,
        "list": "B",
        "title": "Jaarlijkse Deventer4GlobalGoals-prijs",
        "description": (
            "Elk jaar gaat de Deventer4GlobalGoals-prijs naar een Deventer ondernemer, uitgereikt "
            "op het Deventer Ondernemers Event in samenwerking met MKB Deventer."
        ),
        "status": "in_progress",
        "progress": 85,
        "lead_partner": "mkb-deventer",
        "lead": "ambassadeur-ondernemers",
        "participants": [("gemeente-deventer", "co-lead")],
        "sectors": ["ondernemers", "gemeente"],
        "municipality_role": "partner",
        "goals": [8, 17],
        "countries": [],
        "start": "2021-01-01",
        "end": None,
        "public": True,
        "updates": [
            {
                "date": "2022-02-15",
                "author": "ambassadeur-ondernemers",
                "text": "Prijs uitgereikt op het Deventer Ondernemers Event.",
                "status": "in_progress",
                "progress": 20,
            },
            {
                "date": "2026-02-12",
                "author": "ambassadeur-ondernemers",
                "text": "Prijs opnieuw uitgereikt; de winnaar deelt zijn aanpak op een themabijeenkomst.",
                "progress": 80,
            },
            {
                "date": "2026-10-21",
                "author": "ambassadeur-ondernemers",
                "text": "Nominaties voor de volgende uitreiking geopend.",
                "progress": 85,
            },
        ],
    },
    {
        # Ambitienota 2021 ch. 6 ambition: get more overview of Global Goals activities in
        # business and other sectors. Demo: planned, not yet started.
        "code": "A6",
        "period": _P2,
        "chapter": 6,
        "list": "A",
        "title": "Overzicht van Global Goals-activiteiten in bedrijfsleven en andere sectoren",
        "description": (
            "Gemeente en kerngroep willen beter zicht krijgen op wat bedrijven en organisaties "
            "al aan de Global Goals doen. Dat overzicht helpt om Deventer economisch beter op de "
            "kaart te zetten en samenwerking uit te lokken."
        ),
        "status": "planned",
        "progress": 10,
        "lead_partner": "gemeente-deventer",
        "lead": "ambtenaar",
        "participants": [
            ("saxion", "participant"),
            ("mkb-deventer", "participant"),
        ],
        "sectors": ["gemeente", "ondernemers"],
        "municipality_role": "leads",
        "goals": [17],
        "countries": [],
        "start": "2023-09-01",
        "end": None,
        "public": True,
        "updates": [
            {
                "date": "2023-09-12",
                "author": "ambtenaar",
                "text": "Aanpak besproken in de kerngroep.",
                "status": "planned",
                "progress": 5,
            },
            {
                "date": "2026-09-30",
                "author": "ambtenaar",
                "text": ("Opzet van de inventarisatie vastgesteld; uitvoering gekoppeld aan het nieuwe beleid."),
                "progress": 10,
            },
        ],
    },
    {
        # Ambitienota 2021 ch. 6: in 2021 an official dialogue with Osnabrueck on applying the
        # goals, and a student study by the universities of both cities on the same subject.
        "code": "A7",
        "period": _P2,
        "chapter": 6,
        "list": "A",
        "title": "Kennisuitwisseling met Osnabrück over de Global Goals",
        "description": (
            "Ambtenaren van Deventer en Osnabrück bespreken wat beide gemeenten van elkaar "
            "kunnen leren bij het toepassen van de Global Goals. Studenten van de hogescholen "
            "uit beide steden onderzoeken hetzelfde onderwerp."
        ),
        "status": "realised",
        "progress": 100,
        "lead_partner": "gemeente-deventer",
        "lead": "ambassadeur-onderwijs",
        "participants": [("saxion", "co-lead")],
        "sectors": ["gemeente", "onderwijs"],
        "municipality_role": "leads",
        "goals": [17],
        "countries": ["DE"],
        "start": "2021-01-15",
        "end": "2021-12-31",
        "public": True,
        "updates": [
            {
                "date": "2021-05-20",
                "author": "ambassadeur-onderwijs",
                "text": "Ambtelijke dialoog met Osnabrück gestart; studenten werken aan hun onderzoek.",
                "status": "in_progress",
                "progress": 40,
            },
            {
                "date": "2021-12-15",
                "author": "ambassadeur-onderwijs",
                "text": "Studentenonderzoek opgeleverd en de dialoog afgerond.",
                "status": "realised",
                "progress": 100,
            },
        ],
    },
    {
        # Ambitienota 2021 ch. 6: "wordt momenteel nagedacht over de introductie van de Global
        # Goals binnen het Hanzeverbond" - an idea.
        "code": "A8",
        "period": _P2,
        "chapter": 6,
        "list": "A",
        "title": "Global Goals binnen het Hanzeverbond",
        "description": (
            "Deventer denkt na over hoe de Global Goals een plaats kunnen krijgen binnen het "
            "Hanzeverbond, het grootste vrijwillige stedennetwerk ter wereld."
        ),
        "status": "idea",
        "progress": 0,
        "lead_partner": "gemeente-deventer",
        "lead": "coordinator",
        "participants": [],
        "sectors": ["gemeente"],
        "municipality_role": "leads",
        "goals": [17],
        "countries": [],
        "start": None,
        "end": None,
        "public": True,
        "updates": [
            {
                "date": "2021-11-30",
                "author": "coordinator",
                "text": "Idee genoteerd; het wordt eerst verkend met andere Nederlandse Hanzesteden.",
                "status": "idea",
                "progress": 0,
            },
        ],
    },
]
