"""Demo data for the subsidies, drawn from the Ambitienota internationaal beleid 2021-2026 (../shared/seeds/).

The three budgets are the municipality's own figures: EUR 43,000 a year in small subsidies for the
internationally active organisations and the town link with Sibiu ("Ter financiële ondersteuning van de
internationale organisaties en de stedenband met Sibiu (Roemenië) stelt de gemeente jaarlijks kleine
subsidiebedragen beschikbaar uit een budget van € 43.000"), EUR 5,400 a year for public events (§ 3.1
Publieksevenementen) and the yearly EUR 10,000 contribution to MKB Trade Office Deventer. The applications
are invented: about 25 grants a year over two years across the directory's NGOs, some rejected, the earlier
year paid and mostly accounted for.
"""

SCHEMES = [
    {
        "slug": "internationale-samenwerking",
        "name_nl": "NGO-subsidies internationale samenwerking",
        "name_en": "NGO subsidies for international cooperation",
        "name_de": "NGO-Zuschüsse für internationale Zusammenarbeit",
        "purpose_nl": "Ter financiële ondersteuning van de internationale organisaties en de stedenband met Sibiu "
        "(Roemenië) stelt de gemeente jaarlijks kleine subsidiebedragen beschikbaar. De subsidie telt "
        "vaak als cofinanciering, waarmee organisaties bij landelijke en internationale fondsen "
        "bedragen werven die tientallen malen hoger zijn.",
        "purpose_en": "Small yearly subsidies that support Deventer's internationally active organisations and the "
        "town link with Sibiu (Romania). The grant often counts as co-financing with which the "
        "organisations raise tens of times more from national and international funds.",
        "purpose_de": "Kleine jährliche Zuschüsse für die international tätigen Organisationen Deventers und die "
        "Städtepartnerschaft mit Sibiu (Rumänien). Der Zuschuss zählt oft als Kofinanzierung, mit der "
        "die Organisationen ein Vielfaches bei nationalen und internationalen Fonds einwerben.",
        "max_amount": 5000,
        "decision_weeks": 8,
        "budget": 43000,
        # Invented: a question of the scheme's own, optional so the historic demo applications need no answer.
        "questions": [
            (
                "Hoe vertelt u inwoners van Deventer over het project?",
                "How do you tell people in Deventer about the project?",
                "Wie informieren Sie die Einwohner Deventers über das Projekt?",
                False,
            ),
        ],
        "criteria": [
            (
                "De organisatie is gevestigd in Deventer en werkt zonder winstoogmerk.",
                "The organisation is based in Deventer and is not for profit.",
                "Die Organisation hat ihren Sitz in Deventer und ist gemeinnützig.",
            ),
            (
                "Het project heeft een lokale partner in het projectland.",
                "The project has a local partner in the country where it takes place.",
                "Das Projekt hat einen lokalen Partner im Projektland.",
            ),
            (
                "Het project draagt bij aan een of meer Global Goals.",
                "The project contributes to one or more Global Goals.",
                "Das Projekt trägt zu einem oder mehreren Global Goals bei.",
            ),
            (
                "De gemeentelijke bijdrage is cofinanciering: er is ook andere financiering.",
                "The municipal grant is co-financing: there is other funding too.",
                "Der städtische Zuschuss ist Kofinanzierung: Es gibt auch andere Mittel.",
            ),
            (
                "De organisatie vertelt er in Deventer over (voorlichting, activiteiten).",
                "The organisation tells people in Deventer about it (information, activities).",
                "Die Organisation berichtet in Deventer darüber (Information, Aktivitäten).",
            ),
        ],
    },
    {
        "slug": "publieksevenementen",
        "name_nl": "Publieksevenementen",
        "name_en": "Public events",
        "name_de": "Publikumsveranstaltungen",
        "purpose_nl": "Samen met de internationale vrijwilligersorganisaties en andere instellingen bevordert de "
        "gemeente voorstellingen, lezingen en evenementen rond internationale cultuur, identiteit en "
        "andere actuele internationale onderwerpen.",
        "purpose_en": "Together with the international volunteer organisations and other institutions, the "
        "municipality supports performances, lectures and events on international culture, identity "
        "and other current international subjects.",
        "purpose_de": "Gemeinsam mit den internationalen Freiwilligenorganisationen und anderen Einrichtungen "
        "fördert die Stadt Aufführungen, Vorträge und Veranstaltungen zu internationaler Kultur, "
        "Identität und anderen aktuellen internationalen Themen.",
        "max_amount": 1500,
        "decision_weeks": 6,
        "budget": 5400,
        "criteria": [
            (
                "Het evenement is openbaar en vindt plaats in Deventer.",
                "The event is open to the public and takes place in Deventer.",
                "Die Veranstaltung ist öffentlich und findet in Deventer statt.",
            ),
            (
                "Het evenement vergroot de bewustwording van inwoners over internationale onderwerpen.",
                "The event raises residents' awareness of international subjects.",
                "Die Veranstaltung stärkt das Bewusstsein der Einwohner für internationale Themen.",
            ),
        ],
    },
    {
        "slug": "trade-office",
        "name_nl": "Bijdrage MKB Trade Office Deventer",
        "name_en": "Contribution to MKB Trade Office Deventer",
        "name_de": "Beitrag MKB Trade Office Deventer",
        "purpose_nl": "Een jaarlijkse financiële bijdrage aan het Trade Office voor exportbevordering, waarmee MKB "
        "Deventer als voortrekker optreedt in een groot gebied in Oost-Nederland.",
        "purpose_en": "A yearly financial contribution to the Trade Office for export promotion, in which MKB "
        "Deventer leads a large area of the eastern Netherlands.",
        "purpose_de": "Ein jährlicher finanzieller Beitrag an das Trade Office zur Exportförderung, bei der MKB "
        "Deventer in einem großen Gebiet im Osten der Niederlande vorangeht.",
        "max_amount": 10000,
        "decision_weeks": 8,
        "budget": 10000,
        # For businesses and their associations (MKB Deventer), not for NGOs.
        "partner_kinds": ["company", "association"],
        "criteria": [
            (
                "Het jaarplan ondersteunt het Deventer MKB bij internationaal ondernemen.",
                "The year plan supports Deventer's small businesses in doing business abroad.",
                "Der Jahresplan unterstützt Deventers Mittelstand beim internationalen Geschäft.",
            ),
        ],
    },
]

#: Countries for demo applications of NGOs whose directory entry names none (a rotation, not a fact).
FALLBACK_COUNTRIES = ["UG", "KE", "TZ", "RO", "GM", "GH", "MW", "NP", "IN", "BF"]

PROJECT_WORDS = [
    ("Schoolmaterialen", "een basisschool", [4]),
    ("Waterput", "een dorp", [6]),
    ("Vakopleiding", "jongeren", [4, 8]),
    ("Moestuinproject", "vrouwengroepen", [2, 5]),
    ("Zonnepanelen", "een kliniek", [3, 7]),
    ("Microkredieten", "kleine ondernemers", [1, 8]),
    ("Gezondheidsvoorlichting", "moeders", [3]),
    ("Computerlokaal", "een middelbare school", [4, 9]),
]

#: Public events (publieksevenementen) per year: organisation slug, title.
EVENTS = [
    ("stichting-deventer-wereldstad", "Wereldmuziekserie Deventer"),
    ("openbare-bibliotheek", "Lezingenreeks Wereldburgers"),
    ("kunstenlab", "Tentoonstelling Grenzeloos"),
    ("vluchtelingenwerk-deventer", "Wereldvluchtelingendag Deventer"),
]
