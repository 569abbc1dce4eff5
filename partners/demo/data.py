"""Demo data for the partner directory: networks and partner organisations.

Pure data, no Django. Every fact comes from the municipality's three policy texts in
``../shared/seeds/``; the descriptions were written for the demo and do not quote them.

Sources named in the ``source`` fields:

* "Nota 2015": Deventer Internationaal 2015-2020, B&W-nota and raadsvoorstel (17-2-2015),
  including actielijst A/B.
* "Rapportage 2020": Vijf-Jaarsrapportage Internationaal Beleid 2015-2020. Its sections have
  no numbers, so they are cited by heading (Ondernemers, Onderwijs, Internationaal actieve
  maatschappelijke instellingen en NGO's, Cultuur & toerisme, Gemeente Deventer, International
  Office Deventer, Nieuwe ontwikkelingen: Shelter City / De Hanze / Deventer4GlobalGoals).
* "Ambitienota 2021": Ambitienota Internationaal Beleid 2021-2026, chapters 1-6
  (§2.1 International Office, §2.2 internationale organisaties, §3.1/§3.2 events and Shelter City).

Rules used for the data:

* ``since`` is a year only where a text states it; otherwise None.
* ``countries`` holds the countries a text says an organisation works in or with. For eight
  organisations in the 2021 list the only evidence is a country in the organisation's own
  name (e.g. "Projectgroep Kenya"); their ``source`` says so. "Vereniging Bosna" gets no
  country because "Bosna" is not unambiguously a country name.
* ``global_goals`` only where a text ties the organisation's own work to a goal's subject
  (export and economic growth 8, education 4, food waste 12, human rights defenders and local
  governance 16, partnerships 17). The goal icons under "Draagt bij aan de volgende Global
  Goals" in the 2021 note are images that did not survive in the text, so they give nothing.
* ``kind`` is a classification into the portal's six kinds; where a text does not give the
  legal form (e.g. DEP, Duurzaamheidscentrum) the closest kind was chosen.
* Foreign counterparts (Sibiu, Bukomansimbi, Osnabrück, Rostock, Lucian Blaga Universiteit,
  Hochschule Osnabrück …) are relations, not partners, and are left out; so are national
  bodies (VNG International, NLinBusiness, Justice and Peace, Hanzestad Marketing).
"""

NETWORKS = [
    {
        "slug": "international-office",
        "name": "International Office Deventer",
        "description": (
            "Virtueel netwerk zonder eigen gebouw of rechtsvorm, in 2015 opgezet om de vier "
            "bladen van het klaverblad (cultuur en toerisme, ondernemers, onderwijs en "
            "maatschappelijke organisaties) met elkaar en met de gemeente te verbinden. "
            "Deelnemers delen hun buitenlandse contacten en kennis en stellen hun activiteiten "
            "voor elkaar open. Vanaf 2021 willen zij verder in een informelere vorm, liefst met "
            "meer sectoren, waaronder sport."
        ),
    },
    {
        "slug": "periodiek-overleg",
        "name": "Periodiek Overleg Internationale Samenwerking",
        "description": (
            "Al lang bestaand overleg van de internationaal actieve maatschappelijke organisaties "
            "en NGO's in Deventer, dat de gemeente faciliteert. De organisaties wisselen er "
            "geregeld kennis en contacten uit; samen steunen zij humanitaire doelen in twintig "
            "landen. Het overleg is ook vertegenwoordigd in de Kerngroep "
            "Deventer4GlobalGoals."
        ),
    },
    {
        "slug": "platform-deventer-oeganda",
        "name": "Platform Deventer-Oeganda",
        "description": (
            "Samenwerkingsverband, opgericht in 2016, van de organisaties uit Deventer en omgeving "
            "die in Oeganda actief zijn; inmiddels gaat het om achttien organisaties. De gemeente "
            "faciliteert het platform en blijft dat doen nu het partnerschap met het district "
            "Bukomansimbi eind 2021 afloopt."
        ),
    },
    {
        "slug": "kerngroep-deventer4globalgoals",
        "name": "Kerngroep Deventer4GlobalGoals",
        "description": (
            "Groep die sinds 2018 de Global Goals in Deventer op de kaart zet, met "
            "vertegenwoordigers uit onderwijs, bedrijfsleven, cultuur, maatschappelijke "
            "organisaties en de gemeente. De kerngroep brengt in kaart wat er al gebeurt, laat "
            "goede voorbeelden zien en zet bedrijven aan tot eigen initiatieven, onder meer met "
            "themabijeenkomsten en de Deventer4GlobalGoals-prijs, voor het eerst uitgereikt in "
            "2020."
        ),
    },
    {
        "slug": "kleurrijk-deventer",
        "name": "Kleurrijk Deventer",
        "description": (
            "Stichting waarin de internationaal actieve Deventer organisaties zich in 2021 "
            "hebben verenigd, met een gezamenlijke website die gekoppeld is aan het platform "
            "Ondernemen in Deventer. Ondernemers zien er in welke landen de organisaties werken en "
            "kunnen een beroep doen op hun kennis en netwerken daar."
        ),
    },
    {
        "slug": "nieuwe-hanze",
        "name": "Nieuwe Hanze",
        "description": (
            "Stedenbond van zo'n tweehonderd voormalige Hanzesteden in zestien Europese landen, "
            "het grootste vrijwillige stedennetwerk ter wereld; Deventer is lid sinds de "
            "oprichting in 1980. De jaarlijkse Hanzedagen combineren toerisme, jeugd, cultuur en "
            "een economisch forum voor ondernemers."
        ),
    },
]

# Counting.
# * The 2021 Ambitienota (§2.2, box "INTERNATIONAAL ACTIEVE ORGANISATIES") lists 34
#   organisations. In the text the list is split in two by a paragraph ("Veel organisaties
#   zien kans ...") after "Mineke Foundation" (12 before, 22 after); the note itself states no
#   total, so there is no count to disagree with. NetSib Foundation is one of the 34.
#   (For comparison: the 2020 report says about 25 organisations received a subsidy each year,
#   18 organisations are active in Uganda, and the 2021 note speaks of 50 participating
#   organisations in total.)
# * 31 further local organisations are named elsewhere in the texts as working internationally
#   or as members of the networks: the municipality; 2 for entrepreneurs (MKB Deventer, MKB
#   Trade Office Deventer); 6 schools (Saxion, Windesheim, Zone College, Etty Hillesum Lyceum,
#   ROC Aventus, Het Vlier); Humanitas; Rabobank Salland, Deventer Koffie, Auping;
#   Go Ahead Eagles; Connect2Uganda; Stichting Deventer Wereldstad; 8 other members of the
#   Kerngroep Deventer4GlobalGoals (DEP, SoVenture, Jako AG, Openbare Bibliotheek, Kunstenlab,
#   Kristinsson Architecten, Duurzaamheidscentrum, Dev&ter Jong); 7 co-programmers of the
#   world music series (Centrum voor Diversiteit en Samenleving, Vrouwen voor Elkaar,
#   Vluchtelingenwerk Deventer, Etty Hillesum Centrum, Muziekhuis, de Speelman, de Perifeer).
# * Total: 34 + 31 = 65 partners.
# * Members of Kleurrijk Deventer: the 2021 note says the internationally active organisations
#   of the list united in that foundation in 2021, so each of the 34 is a member since 2021.
# * Periodiek Overleg Internationale Samenwerking: no text names its members, so only the
#   municipality (which facilitates it) is linked to it.
PARTNERS = [
    # ------------------------------------------------------------------------------------
    # The 34 organisations in the list of the 2021 Ambitienota (§2.2), in the note's order.
    # ------------------------------------------------------------------------------------
    {
        "name": "Amnesty International (Deventer)",
        "slug": "amnesty-international-deventer",
        "kind": "foundation",
        "sector": "maatschappelijk",
        "description": (
            "De Deventer tak van Amnesty International, in de Ambitienota 2021-2026 genoemd als "
            "internationaal actieve organisatie. Sloot zich in 2021 aan bij Kleurrijk Deventer."
        ),
        "countries": [],
        "global_goals": [],
        "networks": [{"network": "kleurrijk-deventer", "role": "member", "since": 2021}],
        "in_2021_list": True,
        "source": "Ambitienota 2021 §2.2, lijst internationaal actieve organisaties; §2.2 Kleurrijk Deventer",
    },
    {
        "name": "St. Bulungi",
        "slug": "bulungi",
        "kind": "foundation",
        "sector": "maatschappelijk",
        "description": (
            "Deventer stichting die de Ambitienota 2021-2026 rekent tot de internationaal actieve "
            "organisaties van de stad. Maakt sinds 2021 deel uit van Kleurrijk Deventer."
        ),
        "countries": [],
        "global_goals": [],
        "networks": [{"network": "kleurrijk-deventer", "role": "member", "since": 2021}],
        "in_2021_list": True,
        "source": "Ambitienota 2021 §2.2, lijst internationaal actieve organisaties; §2.2 Kleurrijk Deventer",
    },
    {
        "name": "St. Colmschate Ukraine Contact",
        "slug": "colmschate-ukraine-contact",
        "kind": "foundation",
        "sector": "maatschappelijk",
        "description": (
            "Stichting die, zoals de naam aangeeft, contact met Oekraïne onderhoudt; opgenomen in "
            "de lijst internationaal actieve organisaties van de Ambitienota 2021-2026. Sinds 2021 "
            "aangesloten bij Kleurrijk Deventer."
        ),
        "countries": ["UA"],
        "global_goals": [],
        "networks": [{"network": "kleurrijk-deventer", "role": "member", "since": 2021}],
        "in_2021_list": True,
        "source": (
            "Ambitienota 2021 §2.2, lijst internationaal actieve organisaties; §2.2 Kleurrijk Deventer; "
            "land afgeleid uit de naam"
        ),
    },
    {
        "name": "St. Deventer - Roemenië",
        "slug": "deventer-roemenie",
        "kind": "foundation",
        "sector": "maatschappelijk",
        "description": (
            "Stichting die volgens haar naam de band tussen Deventer en Roemenië verzorgt en in de "
            "Ambitienota 2021-2026 als internationaal actief wordt genoemd. Sinds 2021 onderdeel "
            "van Kleurrijk Deventer."
        ),
        "countries": ["RO"],
        "global_goals": [],
        "networks": [{"network": "kleurrijk-deventer", "role": "member", "since": 2021}],
        "in_2021_list": True,
        "source": (
            "Ambitienota 2021 §2.2, lijst internationaal actieve organisaties; §2.2 Kleurrijk Deventer; "
            "land afgeleid uit de naam"
        ),
    },
    {
        "name": "St. Diba",
        "slug": "diba",
        "kind": "foundation",
        "sector": "maatschappelijk",
        "description": (
            "Een van de internationaal actieve Deventer organisaties uit de Ambitienota 2021-2026. "
            "Sloot zich in 2021 aan bij de stichting Kleurrijk Deventer."
        ),
        "countries": [],
        "global_goals": [],
        "networks": [{"network": "kleurrijk-deventer", "role": "member", "since": 2021}],
        "in_2021_list": True,
        "source": "Ambitienota 2021 §2.2, lijst internationaal actieve organisaties; §2.2 Kleurrijk Deventer",
    },
    {
        "name": "St. Fafa",
        "slug": "fafa",
        "kind": "foundation",
        "sector": "maatschappelijk",
        "description": (
            "Deventer stichting die de Ambitienota 2021-2026 noemt als internationaal actief. "
            "Behoort sinds 2021 tot Kleurrijk Deventer."
        ),
        "countries": [],
        "global_goals": [],
        "networks": [{"network": "kleurrijk-deventer", "role": "member", "since": 2021}],
        "in_2021_list": True,
        "source": "Ambitienota 2021 §2.2, lijst internationaal actieve organisaties; §2.2 Kleurrijk Deventer",
    },
    {
        "name": "St. Gered Gereedschap Deventer",
        "slug": "gered-gereedschap-deventer",
        "kind": "foundation",
        "sector": "maatschappelijk",
        "description": (
            "Deventer stichting, in de Ambitienota 2021-2026 opgenomen in de lijst van "
            "internationaal actieve organisaties. Sinds 2021 aangesloten bij Kleurrijk Deventer."
        ),
        "countries": [],
        "global_goals": [],
        "networks": [{"network": "kleurrijk-deventer", "role": "member", "since": 2021}],
        "in_2021_list": True,
        "source": "Ambitienota 2021 §2.2, lijst internationaal actieve organisaties; §2.2 Kleurrijk Deventer",
    },
    {
        "name": "St. Initiat",
        "slug": "initiat",
        "kind": "foundation",
        "sector": "maatschappelijk",
        "description": (
            "Stichting die de Ambitienota 2021-2026 rekent tot de internationaal actieve "
            "organisaties in Deventer. Maakt sinds 2021 deel uit van Kleurrijk Deventer."
        ),
        "countries": [],
        "global_goals": [],
        "networks": [{"network": "kleurrijk-deventer", "role": "member", "since": 2021}],
        "in_2021_list": True,
        "source": "Ambitienota 2021 §2.2, lijst internationaal actieve organisaties; §2.2 Kleurrijk Deventer",
    },
    {
        "name": "St. Joeboentoe",
        "slug": "joeboentoe",
        "kind": "foundation",
        "sector": "maatschappelijk",
        "description": (
            "Een van de internationaal actieve Deventer stichtingen die de Ambitienota 2021-2026 "
            "opsomt. Sinds 2021 onderdeel van Kleurrijk Deventer."
        ),
        "countries": [],
        "global_goals": [],
        "networks": [{"network": "kleurrijk-deventer", "role": "member", "since": 2021}],
        "in_2021_list": True,
        "source": "Ambitienota 2021 §2.2, lijst internationaal actieve organisaties; §2.2 Kleurrijk Deventer",
    },
    {
        "name": "St. Kinderen van Uganda",
        "slug": "kinderen-van-uganda",
        "kind": "foundation",
        "sector": "maatschappelijk",
        "description": (
            "Stichting die zich blijkens haar naam op Oeganda richt en daarmee tot de Deventer "
            "organisaties behoort die in dat land actief zijn. Genoemd in de Ambitienota "
            "2021-2026 en sinds 2021 aangesloten bij Kleurrijk Deventer."
        ),
        "countries": ["UG"],
        "global_goals": [],
        "networks": [
            {"network": "kleurrijk-deventer", "role": "member", "since": 2021},
            {"network": "platform-deventer-oeganda", "role": "member", "since": None},
        ],
        "in_2021_list": True,
        "source": (
            "Ambitienota 2021 §2.2, lijst internationaal actieve organisaties; §2.2 Kleurrijk Deventer; "
            "land afgeleid uit de naam; Platform Deventer-Oeganda omvat alle in Oeganda actieve "
            "organisaties (Rapportage 2020, Internationaal actieve maatschappelijke instellingen en NGO's)"
        ),
    },
    {
        "name": "St. Kisiwa",
        "slug": "kisiwa",
        "kind": "foundation",
        "sector": "maatschappelijk",
        "description": (
            "Deventer stichting uit de lijst van internationaal actieve organisaties in de "
            "Ambitienota 2021-2026. Sloot zich in 2021 aan bij Kleurrijk Deventer."
        ),
        "countries": [],
        "global_goals": [],
        "networks": [{"network": "kleurrijk-deventer", "role": "member", "since": 2021}],
        "in_2021_list": True,
        "source": "Ambitienota 2021 §2.2, lijst internationaal actieve organisaties; §2.2 Kleurrijk Deventer",
    },
    {
        "name": "Mineke Foundation",
        "slug": "mineke-foundation",
        "kind": "foundation",
        "sector": "maatschappelijk",
        "description": (
            "Foundation die de Ambitienota 2021-2026 noemt onder de internationaal actieve "
            "organisaties van Deventer. Behoort sinds 2021 tot Kleurrijk Deventer."
        ),
        "countries": [],
        "global_goals": [],
        "networks": [{"network": "kleurrijk-deventer", "role": "member", "since": 2021}],
        "in_2021_list": True,
        "source": "Ambitienota 2021 §2.2, lijst internationaal actieve organisaties; §2.2 Kleurrijk Deventer",
    },
    {
        "name": "Morkiswa Foundation",
        "slug": "morkiswa-foundation",
        "kind": "foundation",
        "sector": "maatschappelijk",
        "description": (
            "Een van de internationaal actieve organisaties uit de Ambitienota 2021-2026. "
            "Sinds 2021 aangesloten bij de stichting Kleurrijk Deventer."
        ),
        "countries": [],
        "global_goals": [],
        "networks": [{"network": "kleurrijk-deventer", "role": "member", "since": 2021}],
        "in_2021_list": True,
        "source": "Ambitienota 2021 §2.2, lijst internationaal actieve organisaties; §2.2 Kleurrijk Deventer",
    },
    {
        "name": "St. Maanda",
        "slug": "maanda",
        "kind": "foundation",
        "sector": "maatschappelijk",
        "description": (
            "Deventer stichting die in de Ambitienota 2021-2026 als internationaal actief is "
            "opgenomen. Maakt sinds 2021 deel uit van Kleurrijk Deventer."
        ),
        "countries": [],
        "global_goals": [],
        "networks": [{"network": "kleurrijk-deventer", "role": "member", "since": 2021}],
        "in_2021_list": True,
        "source": "Ambitienota 2021 §2.2, lijst internationaal actieve organisaties; §2.2 Kleurrijk Deventer",
    },
    {
        "name": "NetSib Foundation",
        "slug": "netsib-foundation",
        "kind": "foundation",
        "sector": "maatschappelijk",
        "description": (
            "Deventer foundation die in Sibiu werkt en de stedenband met die Roemeense stad nieuw "
            "leven heeft helpen inblazen. Organiseerde met MKB Deventer bijeenkomsten over zaken "
            "doen in Roemenië en handelsmissies, en haalde in december 2019 samen met MKB Deventer "
            "en de gemeente een delegatie en handelsmissie uit Sibiu naar Deventer."
        ),
        "countries": ["RO"],
        "global_goals": [],
        "networks": [{"network": "kleurrijk-deventer", "role": "member", "since": 2021}],
        "in_2021_list": True,
        "source": (
            "Ambitienota 2021 §2.2, lijst internationaal actieve organisaties; §2.2 Kleurrijk Deventer; "
            "Rapportage 2020, Internationaal actieve maatschappelijke instellingen en NGO's (Sibiu) en "
            "Cultuur & toerisme (Focus op Roemenië)"
        ),
    },
    {
        "name": "Projectgroep Kenya",
        "slug": "projectgroep-kenya",
        "kind": "foundation",
        "sector": "maatschappelijk",
        "description": (
            "Projectgroep die zich naar haar naam te oordelen op Kenia richt; de Ambitienota "
            "2021-2026 noemt haar bij de internationaal actieve Deventer organisaties. Sinds 2021 "
            "aangesloten bij Kleurrijk Deventer."
        ),
        "countries": ["KE"],
        "global_goals": [],
        "networks": [{"network": "kleurrijk-deventer", "role": "member", "since": 2021}],
        "in_2021_list": True,
        "source": (
            "Ambitienota 2021 §2.2, lijst internationaal actieve organisaties; §2.2 Kleurrijk Deventer; "
            "land afgeleid uit de naam"
        ),
    },
    {
        "name": "St. Project Voice",
        "slug": "project-voice",
        "kind": "foundation",
        "sector": "maatschappelijk",
        "description": (
            "Stichting uit de lijst van internationaal actieve organisaties in de Ambitienota "
            "2021-2026. Behoort sinds 2021 tot Kleurrijk Deventer."
        ),
        "countries": [],
        "global_goals": [],
        "networks": [{"network": "kleurrijk-deventer", "role": "member", "since": 2021}],
        "in_2021_list": True,
        "source": "Ambitienota 2021 §2.2, lijst internationaal actieve organisaties; §2.2 Kleurrijk Deventer",
    },
    {
        "name": "Sheroes Foundation",
        "slug": "sheroes-foundation",
        "kind": "foundation",
        "sector": "maatschappelijk",
        "description": (
            "Foundation die de Ambitienota 2021-2026 rekent tot de internationaal actieve "
            "organisaties in Deventer. Sinds 2021 onderdeel van Kleurrijk Deventer."
        ),
        "countries": [],
        "global_goals": [],
        "networks": [{"network": "kleurrijk-deventer", "role": "member", "since": 2021}],
        "in_2021_list": True,
        "source": "Ambitienota 2021 §2.2, lijst internationaal actieve organisaties; §2.2 Kleurrijk Deventer",
    },
    {
        "name": "St. Super Adelaar",
        "slug": "super-adelaar",
        "kind": "foundation",
        "sector": "maatschappelijk",
        "description": (
            "Deventer stichting die in de Ambitienota 2021-2026 bij de internationaal actieve "
            "organisaties staat. Sloot zich in 2021 aan bij Kleurrijk Deventer."
        ),
        "countries": [],
        "global_goals": [],
        "networks": [{"network": "kleurrijk-deventer", "role": "member", "since": 2021}],
        "in_2021_list": True,
        "source": "Ambitienota 2021 §2.2, lijst internationaal actieve organisaties; §2.2 Kleurrijk Deventer",
    },
    {
        "name": "St. SOSOI",
        "slug": "sosoi",
        "kind": "foundation",
        "sector": "maatschappelijk",
        "description": (
            "Een van de internationaal actieve Deventer stichtingen uit de Ambitienota 2021-2026. "
            "Maakt sinds 2021 deel uit van Kleurrijk Deventer."
        ),
        "countries": [],
        "global_goals": [],
        "networks": [{"network": "kleurrijk-deventer", "role": "member", "since": 2021}],
        "in_2021_list": True,
        "source": "Ambitienota 2021 §2.2, lijst internationaal actieve organisaties; §2.2 Kleurrijk Deventer",
    },
    {
        "name": "St. ShouldersNL",
        "slug": "shouldersnl",
        "kind": "foundation",
        "sector": "maatschappelijk",
        "description": (
            "Stichting die de Ambitienota 2021-2026 noemt als internationaal actieve organisatie "
            "in Deventer. Sinds 2021 aangesloten bij Kleurrijk Deventer."
        ),
        "countries": [],
        "global_goals": [],
        "networks": [{"network": "kleurrijk-deventer", "role": "member", "since": 2021}],
        "in_2021_list": True,
        "source": "Ambitienota 2021 §2.2, lijst internationaal actieve organisaties; §2.2 Kleurrijk Deventer",
    },
    {
        "name": "The Rob Foundation",
        "slug": "the-rob-foundation",
        "kind": "foundation",
        "sector": "maatschappelijk",
        "description": (
            "Foundation uit de lijst van internationaal actieve Deventer organisaties in de "
            "Ambitienota 2021-2026. Behoort sinds 2021 tot Kleurrijk Deventer."
        ),
        "countries": [],
        "global_goals": [],
        "networks": [{"network": "kleurrijk-deventer", "role": "member", "since": 2021}],
        "in_2021_list": True,
        "source": "Ambitienota 2021 §2.2, lijst internationaal actieve organisaties; §2.2 Kleurrijk Deventer",
    },
    {
        "name": "St. Twubake",
        "slug": "twubake",
        "kind": "foundation",
        "sector": "maatschappelijk",
        "description": (
            "Deventer stichting, door de Ambitienota 2021-2026 genoemd als internationaal actief. "
            "Sinds 2021 onderdeel van Kleurrijk Deventer."
        ),
        "countries": [],
        "global_goals": [],
        "networks": [{"network": "kleurrijk-deventer", "role": "member", "since": 2021}],
        "in_2021_list": True,
        "source": "Ambitienota 2021 §2.2, lijst internationaal actieve organisaties; §2.2 Kleurrijk Deventer",
    },
    {
        "name": "St. Tsjerkin",
        "slug": "tsjerkin",
        "kind": "foundation",
        "sector": "maatschappelijk",
        "description": (
            "Stichting die in de Ambitienota 2021-2026 voorkomt in de lijst van internationaal "
            "actieve organisaties. Sloot zich in 2021 aan bij Kleurrijk Deventer."
        ),
        "countries": [],
        "global_goals": [],
        "networks": [{"network": "kleurrijk-deventer", "role": "member", "since": 2021}],
        "in_2021_list": True,
        "source": "Ambitienota 2021 §2.2, lijst internationaal actieve organisaties; §2.2 Kleurrijk Deventer",
    },
    {
        "name": "St. Up4s",
        "slug": "up4s",
        "kind": "foundation",
        "sector": "maatschappelijk",
        "description": (
            "Een van de internationaal actieve organisaties die de Ambitienota 2021-2026 opsomt. "
            "Maakt sinds 2021 deel uit van Kleurrijk Deventer."
        ),
        "countries": [],
        "global_goals": [],
        "networks": [{"network": "kleurrijk-deventer", "role": "member", "since": 2021}],
        "in_2021_list": True,
        "source": "Ambitienota 2021 §2.2, lijst internationaal actieve organisaties; §2.2 Kleurrijk Deventer",
    },
    {
        "name": "St. Vrienden van Umthombo",
        "slug": "vrienden-van-umthombo",
        "kind": "foundation",
        "sector": "maatschappelijk",
        "description": (
            "Vriendenstichting die de Ambitienota 2021-2026 rekent tot de internationaal actieve "
            "organisaties in Deventer. Sinds 2021 aangesloten bij Kleurrijk Deventer."
        ),
        "countries": [],
        "global_goals": [],
        "networks": [{"network": "kleurrijk-deventer", "role": "member", "since": 2021}],
        "in_2021_list": True,
        "source": "Ambitienota 2021 §2.2, lijst internationaal actieve organisaties; §2.2 Kleurrijk Deventer",
    },
    {
        "name": "St. Veteranen voor Libanon",
        "slug": "veteranen-voor-libanon",
        "kind": "foundation",
        "sector": "maatschappelijk",
        "description": (
            "Stichting van veteranen die zich volgens de naam voor Libanon inzet; de Ambitienota "
            "2021-2026 noemt haar bij de internationaal actieve Deventer organisaties. Behoort "
            "sinds 2021 tot Kleurrijk Deventer."
        ),
        "countries": ["LB"],
        "global_goals": [],
        "networks": [{"network": "kleurrijk-deventer", "role": "member", "since": 2021}],
        "in_2021_list": True,
        "source": (
            "Ambitienota 2021 §2.2, lijst internationaal actieve organisaties; §2.2 Kleurrijk Deventer; "
            "land afgeleid uit de naam"
        ),
    },
    {
        "name": "Vereniging Bosna",
        "slug": "vereniging-bosna",
        "kind": "association",
        "sector": "maatschappelijk",
        "description": (
            "Vereniging die in de Ambitienota 2021-2026 staat vermeld als internationaal actieve "
            "Deventer organisatie. Sinds 2021 onderdeel van Kleurrijk Deventer."
        ),
        "countries": [],
        "global_goals": [],
        "networks": [{"network": "kleurrijk-deventer", "role": "member", "since": 2021}],
        "in_2021_list": True,
        "source": "Ambitienota 2021 §2.2, lijst internationaal actieve organisaties; §2.2 Kleurrijk Deventer",
    },
    {
        "name": "St. Vrienden van Mikondo",
        "slug": "vrienden-van-mikondo",
        "kind": "foundation",
        "sector": "maatschappelijk",
        "description": (
            "Vriendenstichting uit de lijst van internationaal actieve organisaties in de "
            "Ambitienota 2021-2026. Sloot zich in 2021 aan bij Kleurrijk Deventer."
        ),
        "countries": [],
        "global_goals": [],
        "networks": [{"network": "kleurrijk-deventer", "role": "member", "since": 2021}],
        "in_2021_list": True,
        "source": "Ambitienota 2021 §2.2, lijst internationaal actieve organisaties; §2.2 Kleurrijk Deventer",
    },
    {
        "name": "St. Vietnam-Nederland",
        "slug": "vietnam-nederland",
        "kind": "foundation",
        "sector": "maatschappelijk",
        "description": (
            "Stichting die zich naar haar naam op de band tussen Vietnam en Nederland richt; "
            "opgenomen in de lijst internationaal actieve organisaties van de Ambitienota "
            "2021-2026. Sinds 2021 aangesloten bij Kleurrijk Deventer."
        ),
        "countries": ["VN"],
        "global_goals": [],
        "networks": [{"network": "kleurrijk-deventer", "role": "member", "since": 2021}],
        "in_2021_list": True,
        "source": (
            "Ambitienota 2021 §2.2, lijst internationaal actieve organisaties; §2.2 Kleurrijk Deventer; "
            "land afgeleid uit de naam"
        ),
    },
    {
        "name": "St. Vrede voor Palestina",
        "slug": "vrede-voor-palestina",
        "kind": "foundation",
        "sector": "maatschappelijk",
        "description": (
            "Stichting die zich blijkens haar naam inzet voor vrede in Palestina; de Ambitienota "
            "2021-2026 noemt haar bij de internationaal actieve Deventer organisaties. Maakt sinds "
            "2021 deel uit van Kleurrijk Deventer."
        ),
        "countries": ["PS"],
        "global_goals": [],
        "networks": [{"network": "kleurrijk-deventer", "role": "member", "since": 2021}],
        "in_2021_list": True,
        "source": (
            "Ambitienota 2021 §2.2, lijst internationaal actieve organisaties; §2.2 Kleurrijk Deventer; "
            "land afgeleid uit de naam"
        ),
    },
    {
        "name": "W.L.P. Gambia",
        "slug": "wlp-gambia",
        "kind": "foundation",
        "sector": "maatschappelijk",
        "description": (
            "Organisatie die zich volgens haar naam op Gambia richt en in de Ambitienota "
            "2021-2026 als internationaal actief wordt genoemd. Sinds 2021 onderdeel van "
            "Kleurrijk Deventer."
        ),
        "countries": ["GM"],
        "global_goals": [],
        "networks": [{"network": "kleurrijk-deventer", "role": "member", "since": 2021}],
        "in_2021_list": True,
        "source": (
            "Ambitienota 2021 §2.2, lijst internationaal actieve organisaties; §2.2 Kleurrijk Deventer; "
            "land afgeleid uit de naam"
        ),
    },
    {
        "name": "Wereldwinkel Bathmen",
        "slug": "wereldwinkel-bathmen",
        "kind": "foundation",
        "sector": "maatschappelijk",
        "description": (
            "De Wereldwinkel in Bathmen, door de Ambitienota 2021-2026 gerekend tot de "
            "internationaal actieve organisaties. Sinds 2021 aangesloten bij Kleurrijk Deventer."
        ),
        "countries": [],
        "global_goals": [],
        "networks": [{"network": "kleurrijk-deventer", "role": "member", "since": 2021}],
        "in_2021_list": True,
        "source": "Ambitienota 2021 §2.2, lijst internationaal actieve organisaties; §2.2 Kleurrijk Deventer",
    },
    {
        "name": "Wereldwinkel Deventer",
        "slug": "wereldwinkel-deventer",
        "kind": "foundation",
        "sector": "maatschappelijk",
        "description": (
            "De Deventer Wereldwinkel, in de Ambitienota 2021-2026 genoemd als internationaal "
            "actieve organisatie. Behoort sinds 2021 tot Kleurrijk Deventer."
        ),
        "countries": [],
        "global_goals": [],
        "networks": [{"network": "kleurrijk-deventer", "role": "member", "since": 2021}],
        "in_2021_list": True,
        "source": "Ambitienota 2021 §2.2, lijst internationaal actieve organisaties; §2.2 Kleurrijk Deventer",
    },
    # ------------------------------------------------------------------------------------
    # The municipality (hub of the klaverblad).
    # ------------------------------------------------------------------------------------
    {
        "name": "Gemeente Deventer",
        "slug": "gemeente-deventer",
        "kind": "government",
        "sector": "gemeente",
        "description": (
            "De gemeente vormt de spil van het klaverblad: zij zette de netwerken van het "
            "Internationaal Beleid op en faciliteert ze, onderhoudt de stedenband met Sibiu en "
            "werkte vanaf 2012 via een programma van VNG International samen met het district "
            "Bukomansimbi in Oeganda, onder meer met trainingen voor bestuurders. Sinds 2018 is "
            "Deventer Shelter City voor mensenrechtenverdedigers, en begin 2020 bekroonde VNG "
            "International de gemeente als meest inspirerende Global Goals-gemeente in de "
            "categorie verbinder van samenleving en bedrijfsleven."
        ),
        "countries": ["RO", "UG", "DE", "TR", "PS", "IL"],
        "global_goals": [16, 17],
        "networks": [
            {"network": "international-office", "role": "founder", "since": 2015},
            {"network": "periodiek-overleg", "role": "coordinator", "since": None},
            {"network": "platform-deventer-oeganda", "role": "founder", "since": 2016},
            {"network": "kerngroep-deventer4globalgoals", "role": "founder", "since": 2018},
            {"network": "nieuwe-hanze", "role": "member", "since": 1980},
        ],
        "in_2021_list": False,
        "source": (
            "Nota 2015 (international office, actielijst B: netwerken in Turkije, Uganda, Palestijnse "
            "Gebieden/Israël en Roemenië); Rapportage 2020, Gemeente Deventer, Nieuwe ontwikkelingen "
            "(Shelter City, De Hanze, Deventer4GlobalGoals); Ambitienota 2021 §2.1, §2.2, §3.2, "
            "hoofdstuk 4, 5 en 6"
        ),
    },
    # ------------------------------------------------------------------------------------
    # Entrepreneurs.
    # ------------------------------------------------------------------------------------
    {
        "name": "MKB Deventer",
        "slug": "mkb-deventer",
        "kind": "association",
        "sector": "ondernemers",
        "description": (
            "Ondernemersorganisatie die in Deventer en de regio voorop loopt in exportbevordering, "
            "onder meer met het boek 'Made in Deventer', themabijeenkomsten over export en "
            "handelsmissies van en naar Duitsland en Roemenië. Legde in 2018 met de gemeente de basis "
            "voor samenwerking met de ondernemersorganisatie van Rostock en neemt sinds 2016 deel "
            "aan de handelscongressen tijdens de Hanzedagen."
        ),
        "countries": ["DE", "RO", "SE", "NO"],
        "global_goals": [8],
        "networks": [
            {"network": "kerngroep-deventer4globalgoals", "role": "member", "since": None},
            {"network": "international-office", "role": "member", "since": None},
        ],
        "in_2021_list": False,
        "source": (
            "Rapportage 2020, Ondernemers en Gemeente Deventer; Ambitienota 2021 hoofdstuk 1, §2.1 "
            "(aansluiting bij samenwerking in Sibiu via het International Office) en hoofdstuk 6 "
            "(kerngroep: 'MKB')"
        ),
    },
    {
        "name": "MKB Trade Office Deventer",
        "slug": "mkb-trade-office-deventer",
        "kind": "association",
        "sector": "ondernemers",
        "description": (
            "Regionale exportorganisatie die in 2020 voortkwam uit het streven van MKB Deventer "
            "naar een exportvereniging, en die onder één dak met NLinBusiness ondernemers in "
            "Oost-Nederland helpt over de grens zaken te doen. De gemeente steunt het met "
            "€ 10.000 per jaar en hulp bij activiteiten; het Trade Office trekt steeds vaker de "
            "regionale handelsdelegaties naar de Hanzedagen."
        ),
        "countries": ["DE", "RO", "SE"],
        "global_goals": [8],
        "networks": [],
        "in_2021_list": False,
        "source": "Rapportage 2020, Ondernemers; Ambitienota 2021 hoofdstuk 1, 4 en 5",
    },
    {
        "name": "Rabobank Salland",
        "slug": "rabobank-salland",
        "kind": "company",
        "sector": "ondernemers",
        "description": (
            "Bank die via de contacten van Deventer maatschappelijke organisaties actief werd in "
            "het partnergebied in Oeganda en een van de partners van Deventer Koffie is. Ontving "
            "in oktober 2018 een delegatie uit Bukomansimbi en werkte in oktober 2019 met "
            "KonnecteD mee aan een Deventer4GlobalGoals-lunch over voedselverspilling."
        ),
        "countries": ["UG"],
        "global_goals": [12],
        "networks": [],
        "in_2021_list": False,
        "source": (
            "Rapportage 2020, Ondernemers (foto oktober 2018), Internationaal actieve maatschappelijke "
            "instellingen en NGO's, Nieuwe ontwikkelingen: Deventer4GlobalGoals"
        ),
    },
    {
        "name": "Deventer Koffie",
        "slug": "deventer-koffie",
        "kind": "company",
        "sector": "ondernemers",
        "description": (
            "Koffiemerk dat Deventer ondernemers in Oeganda introduceerden, nadat zij daar via "
            "Deventer hulporganisaties en onderwijsinstellingen terecht waren gekomen. Rabobank "
            "Salland is een van de partners."
        ),
        "countries": ["UG"],
        "global_goals": [],
        "networks": [],
        "in_2021_list": False,
        "source": "Rapportage 2020, Ondernemers; Ambitienota 2021 §2.1",
    },
    {
        "name": "Auping",
        "slug": "auping",
        "kind": "company",
        "sector": "ondernemers",
        "description": (
            "Bedrijf in Deventer waar in maart 2018 de Roemeense handelsattaché op bezoek kwam, "
            "als resultaat van de samenwerking binnen het International Office. Ook de Duitse "
            "ambassadeur werd bij Auping ontvangen."
        ),
        "countries": [],
        "global_goals": [],
        "networks": [],
        "in_2021_list": False,
        "source": "Rapportage 2020, Gemeente Deventer en International Office Deventer (foto maart 2018)",
    },
    # ------------------------------------------------------------------------------------
    # Education.
    # ------------------------------------------------------------------------------------
    {
        "name": "Saxion",
        "slug": "saxion",
        "kind": "school",
        "sector": "onderwijs",
        "description": (
            "Hogeschool die sinds 2015 met Hochschule Osnabrück en de gemeenten Osnabrück en "
            "Deventer samenwerkt in Learning Cities en met de Lucian Blaga Universiteit in Sibiu "
            "onder meer een online matchmakingplatform voor bedrijven opzette. Partner van de "
            "gemeente in Shelter City, werkt via Studium Generale mee aan lezingen over "
            "internationale onderwerpen en zit in de Kerngroep Deventer4GlobalGoals."
        ),
        "countries": ["DE", "RO"],
        "global_goals": [4, 16],
        "networks": [
            {"network": "kerngroep-deventer4globalgoals", "role": "member", "since": None},
            {"network": "international-office", "role": "member", "since": None},
        ],
        "in_2021_list": False,
        "source": (
            "Rapportage 2020, Onderwijs, Internationaal actieve maatschappelijke instellingen en NGO's, "
            "Cultuur & toerisme (Focus op Roemenië), Nieuwe ontwikkelingen: Shelter City; Ambitienota "
            "2021 §2.1, §3.2, hoofdstuk 4 en 6"
        ),
    },
    {
        "name": "Windesheim",
        "slug": "windesheim",
        "kind": "school",
        "sector": "onderwijs",
        "description": (
            "Hogeschool die, bij de contacten met Roemenië rond het festival Focus op Roemenië, "
            "met onderwijsdelegaties en studenten uit Roemenië aan studieprojecten werkte."
        ),
        "countries": ["RO"],
        "global_goals": [4],
        "networks": [],
        "in_2021_list": False,
        "source": "Rapportage 2020, Cultuur & toerisme (Focus op Roemenië)",
    },
    {
        "name": "Zone College",
        "slug": "zone-college",
        "kind": "school",
        "sector": "onderwijs",
        "description": (
            "Vmbo-leerlingen van het Zone College maken om het jaar een studiereis naar Oeganda, "
            "onder meer voor uitwisseling in Bukomansimbi. Met de landbouwcolleges in Sibiu en "
            "Cluj voert de school een Erasmus-uitwisseling uit voor 2020-2022."
        ),
        "countries": ["UG", "RO"],
        "global_goals": [4],
        "networks": [{"network": "international-office", "role": "member", "since": None}],
        "in_2021_list": False,
        "source": (
            "Rapportage 2020, Onderwijs en Internationaal actieve maatschappelijke instellingen en NGO's; "
            "Ambitienota 2021 §2.1"
        ),
    },
    {
        "name": "Etty Hillesum Lyceum",
        "slug": "etty-hillesum-lyceum",
        "kind": "school",
        "sector": "onderwijs",
        "description": (
            "School voor wie de Jeugd Hanze een vast jaarlijks onderdeel is: sinds 2016 doen "
            "vwo-leerlingen mee tijdens de Hanzedagen, onder meer in Bergen, Kampen en Rostock. "
            "Leerlingen gaan op "
            "uitwisseling, excursie en taalreis naar onder andere België, Frankrijk, Duitsland, "
            "Roemenië, Italië en Portugal, en vwo'ers reizen om het jaar naar Oeganda."
        ),
        "countries": ["BE", "FR", "DE", "RO", "IT", "PT", "NO", "UG"],
        "global_goals": [4],
        "networks": [],
        "in_2021_list": False,
        "source": "Rapportage 2020, Onderwijs en Nieuwe ontwikkelingen: De Hanze",
    },
    {
        "name": "ROC Aventus",
        "slug": "roc-aventus",
        "kind": "school",
        "sector": "onderwijs",
        "description": (
            "Mbo-instelling met uiteenlopende internationale activiteiten, die in de periode "
            "2015-2020 een uitwisseling met Oeganda voorbereidde."
        ),
        "countries": [],
        "global_goals": [4],
        "networks": [],
        "in_2021_list": False,
        "source": "Rapportage 2020, Onderwijs",
    },
    {
        "name": "Het Vlier",
        "slug": "het-vlier",
        "kind": "school",
        "sector": "onderwijs",
        "description": "Ontving in maart 2019 een groep leerlingen uit Sibiu in Roemenië.",
        "countries": ["RO"],
        "global_goals": [4],
        "networks": [],
        "in_2021_list": False,
        "source": "Rapportage 2020, Onderwijs (foto maart 2019)",
    },
    # ------------------------------------------------------------------------------------
    # Social organisations outside the 2021 list.
    # ------------------------------------------------------------------------------------
    {
        "name": "Humanitas Woon-en Zorgcentrum",
        "slug": "humanitas-woon-en-zorgcentrum",
        "kind": "foundation",
        "sector": "maatschappelijk",
        "description": (
            "Woon- en zorgcentrum dat sinds 2018 met de gemeente en Saxion het Shelter "
            "City-programma uitvoert. Humanitas begeleidt de mensenrechtenverdedigers die "
            "tijdelijk in Deventer verblijven, tot nu toe uit Colombia en Zuid-Soedan."
        ),
        "countries": [],
        "global_goals": [16],
        "networks": [],
        "in_2021_list": False,
        "source": "Rapportage 2020, Nieuwe ontwikkelingen: Shelter City; Ambitienota 2021 §3.2",
    },
    {
        "name": "Connect2Uganda",
        "slug": "connect2uganda",
        "kind": "foundation",
        "sector": "maatschappelijk",
        "description": (
            "Samenwerkingsverband dat al vóór 2015 bestond tussen vijf Deventer organisaties die "
            "in het district Bukomansimbi in Oeganda werken."
        ),
        "countries": ["UG"],
        "global_goals": [],
        "networks": [],
        "in_2021_list": False,
        "source": "Rapportage 2020, Internationaal actieve maatschappelijke instellingen en NGO's",
    },
    {
        "name": "Duurzaamheidscentrum",
        "slug": "duurzaamheidscentrum",
        "kind": "foundation",
        "sector": "maatschappelijk",
        "description": (
            "Vertegenwoordigt de maatschappelijke organisaties in de Kerngroep "
            "Deventer4GlobalGoals, die Deventer bedrijven en organisaties aanspoort de Global "
            "Goals in hun werk te betrekken."
        ),
        "countries": [],
        "global_goals": [],
        "networks": [{"network": "kerngroep-deventer4globalgoals", "role": "member", "since": None}],
        "in_2021_list": False,
        "source": "Ambitienota 2021 hoofdstuk 6",
    },
    {
        "name": "Dev&ter Jong",
        "slug": "devter-jong",
        "kind": "foundation",
        "sector": "maatschappelijk",
        "description": ("Neemt namens de maatschappelijke organisaties deel aan de Kerngroep Deventer4GlobalGoals."),
        "countries": [],
        "global_goals": [],
        "networks": [{"network": "kerngroep-deventer4globalgoals", "role": "member", "since": None}],
        "in_2021_list": False,
        "source": "Ambitienota 2021 hoofdstuk 6",
    },
    {
        "name": "Centrum voor Diversiteit en Samenleving",
        "slug": "centrum-voor-diversiteit-en-samenleving",
        "kind": "foundation",
        "sector": "maatschappelijk",
        "description": "Hielp mee de wereldmuziekserie Deventer Internationaal te programmeren.",
        "countries": [],
        "global_goals": [],
        "networks": [],
        "in_2021_list": False,
        "source": "Rapportage 2020, Cultuur & toerisme (wereldmuziekserie)",
    },
    {
        "name": "Vrouwen voor Elkaar",
        "slug": "vrouwen-voor-elkaar",
        "kind": "foundation",
        "sector": "maatschappelijk",
        "description": "Werkte mee aan de programmering van de wereldmuziekserie Deventer Internationaal.",
        "countries": [],
        "global_goals": [],
        "networks": [],
        "in_2021_list": False,
        "source": "Rapportage 2020, Cultuur & toerisme (wereldmuziekserie)",
    },
    {
        "name": "Vluchtelingenwerk Deventer",
        "slug": "vluchtelingenwerk-deventer",
        "kind": "foundation",
        "sector": "maatschappelijk",
        "description": "Droeg bij aan de programmering van de wereldmuziekserie Deventer Internationaal.",
        "countries": [],
        "global_goals": [],
        "networks": [],
        "in_2021_list": False,
        "source": "Rapportage 2020, Cultuur & toerisme (wereldmuziekserie)",
    },
    # ------------------------------------------------------------------------------------
    # Culture and tourism.
    # ------------------------------------------------------------------------------------
    {
        "name": "Stichting Deventer Wereldstad",
        "slug": "stichting-deventer-wereldstad",
        "kind": "foundation",
        "sector": "cultuur-toerisme",
        "description": (
            "Stichting achter het tweejaarlijkse evenement Deventer Wereldstad, dat sinds 2010 "
            "vijf keer plaatsvond, met onder meer een wereldmarkt van internationaal actieve "
            "Deventer stichtingen. Na een evaluatie besloot de stichting aan te haken bij het "
            "Midzomer Multicultureel Muziekfestijn op de Worp."
        ),
        "countries": [],
        "global_goals": [],
        "networks": [],
        "in_2021_list": False,
        "source": "Rapportage 2020, Cultuur & toerisme (Deventer Wereldstad)",
    },
    {
        "name": "Openbare Bibliotheek",
        "slug": "openbare-bibliotheek",
        "kind": "culture",
        "sector": "cultuur-toerisme",
        "description": (
            "Zit namens de culturele sector in de Kerngroep Deventer4GlobalGoals, die de Global "
            "Goals in Deventer onder de aandacht brengt."
        ),
        "countries": [],
        "global_goals": [],
        "networks": [{"network": "kerngroep-deventer4globalgoals", "role": "member", "since": None}],
        "in_2021_list": False,
        "source": "Ambitienota 2021 hoofdstuk 6",
    },
    {
        "name": "Kunstenlab",
        "slug": "kunstenlab",
        "kind": "culture",
        "sector": "cultuur-toerisme",
        "description": "Een van de culturele vertegenwoordigers in de Kerngroep Deventer4GlobalGoals.",
        "countries": [],
        "global_goals": [],
        "networks": [{"network": "kerngroep-deventer4globalgoals", "role": "member", "since": None}],
        "in_2021_list": False,
        "source": "Ambitienota 2021 hoofdstuk 6",
    },
    {
        "name": "Kristinsson Architecten",
        "slug": "kristinsson-architecten",
        "kind": "company",
        "sector": "cultuur-toerisme",
        "description": (
            "Architectenbureau dat de Ambitienota 2021-2026 onder de culturele leden van de "
            "Kerngroep Deventer4GlobalGoals noemt."
        ),
        "countries": [],
        "global_goals": [],
        "networks": [{"network": "kerngroep-deventer4globalgoals", "role": "member", "since": None}],
        "in_2021_list": False,
        "source": "Ambitienota 2021 hoofdstuk 6",
    },
    {
        "name": "Etty Hillesum Centrum",
        "slug": "etty-hillesum-centrum",
        "kind": "culture",
        "sector": "cultuur-toerisme",
        "description": ("Een van de partners die de wereldmuziekserie Deventer Internationaal mee programmeerden."),
        "countries": [],
        "global_goals": [],
        "networks": [],
        "in_2021_list": False,
        "source": "Rapportage 2020, Cultuur & toerisme (wereldmuziekserie)",
    },
    {
        "name": "Muziekhuis",
        "slug": "muziekhuis",
        "kind": "culture",
        "sector": "cultuur-toerisme",
        "description": "Werkte mee aan de programmering van de wereldmuziekserie Deventer Internationaal.",
        "countries": [],
        "global_goals": [],
        "networks": [],
        "in_2021_list": False,
        "source": "Rapportage 2020, Cultuur & toerisme (wereldmuziekserie)",
    },
    {
        "name": "de Speelman",
        "slug": "de-speelman",
        "kind": "culture",
        "sector": "cultuur-toerisme",
        "description": "Droeg bij aan de programmering van de wereldmuziekserie Deventer Internationaal.",
        "countries": [],
        "global_goals": [],
        "networks": [],
        "in_2021_list": False,
        "source": "Rapportage 2020, Cultuur & toerisme (wereldmuziekserie)",
    },
    {
        "name": "de Perifeer",
        "slug": "de-perifeer",
        "kind": "culture",
        "sector": "cultuur-toerisme",
        "description": "Hielp mee de wereldmuziekserie Deventer Internationaal te programmeren.",
        "countries": [],
        "global_goals": [],
        "networks": [],
        "in_2021_list": False,
        "source": "Rapportage 2020, Cultuur & toerisme (wereldmuziekserie)",
    },
    # ------------------------------------------------------------------------------------
    # Sport (a leaf added in 2021).
    # ------------------------------------------------------------------------------------
    {
        "name": "Go Ahead Eagles",
        "slug": "go-ahead-eagles",
        "kind": "association",
        "sector": "sport",
        "description": (
            "Voetbalclub die in de periode 2015-2020, via de contacten van Deventer "
            "maatschappelijke organisaties, actief werd in het partnergebied in Oeganda en daar "
            "voetbaltrainingen geeft in Bukomansimbi."
        ),
        "countries": ["UG"],
        "global_goals": [],
        "networks": [],
        "in_2021_list": False,
        "source": (
            "Rapportage 2020, Internationaal actieve maatschappelijke instellingen en NGO's; Ambitienota 2021 §2.1"
        ),
    },
    # ------------------------------------------------------------------------------------
    # Other businesses in the Kerngroep Deventer4GlobalGoals.
    # ------------------------------------------------------------------------------------
    {
        "name": "DEP",
        "slug": "dep",
        "kind": "company",
        "sector": "ondernemers",
        "description": "Vertegenwoordigt het bedrijfsleven in de Kerngroep Deventer4GlobalGoals.",
        "countries": [],
        "global_goals": [],
        "networks": [{"network": "kerngroep-deventer4globalgoals", "role": "member", "since": None}],
        "in_2021_list": False,
        "source": "Ambitienota 2021 hoofdstuk 6",
    },
    {
        "name": "SoVenture",
        "slug": "soventure",
        "kind": "company",
        "sector": "ondernemers",
        "description": ("Een van de vertegenwoordigers van het bedrijfsleven in de Kerngroep Deventer4GlobalGoals."),
        "countries": [],
        "global_goals": [],
        "networks": [{"network": "kerngroep-deventer4globalgoals", "role": "member", "since": None}],
        "in_2021_list": False,
        "source": "Ambitienota 2021 hoofdstuk 6",
    },
    {
        "name": "Jako AG",
        "slug": "jako-ag",
        "kind": "company",
        "sector": "ondernemers",
        "description": ("Bedrijf dat namens het bedrijfsleven deelneemt aan de Kerngroep Deventer4GlobalGoals."),
        "countries": [],
        "global_goals": [],
        "networks": [{"network": "kerngroep-deventer4globalgoals", "role": "member", "since": None}],
        "in_2021_list": False,
        "source": "Ambitienota 2021 hoofdstuk 6",
    },
]
