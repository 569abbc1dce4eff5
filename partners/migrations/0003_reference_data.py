"""Reference data: the 17 Global Goals (official numbers, names, colours), the klaverblad sectors, countries.

Goals and sectors are frozen here as literals. Countries are the ISO 3166-1 codes of the installed
django-countries; only their codes are stored (names are looked up at run time), and a later
release adding a code adds nothing here, so the admin can add such a country by hand.
"""

from django.db import migrations

GOALS = [
    # number, colour, Dutch, English, German
    (1, "#E5243B", "Geen armoede", "No poverty", "Keine Armut"),
    (2, "#DDA63A", "Geen honger", "Zero hunger", "Kein Hunger"),
    (3, "#4C9F38", "Goede gezondheid en welzijn", "Good health and well-being", "Gesundheit und Wohlergehen"),
    (4, "#C5192D", "Kwaliteitsonderwijs", "Quality education", "Hochwertige Bildung"),
    (5, "#FF3A21", "Gendergelijkheid", "Gender equality", "Geschlechtergleichheit"),
    (6, "#26BDE2", "Schoon water en sanitair", "Clean water and sanitation", "Sauberes Wasser und Sanitäreinrichtungen"),
    (7, "#FCC30B", "Betaalbare en duurzame energie", "Affordable and clean energy", "Bezahlbare und saubere Energie"),
    (8, "#A21942", "Eerlijk werk en economische groei", "Decent work and economic growth",
     "Menschenwürdige Arbeit und Wirtschaftswachstum"),
    (9, "#FD6925", "Industrie, innovatie en infrastructuur", "Industry, innovation and infrastructure",
     "Industrie, Innovation und Infrastruktur"),
    (10, "#DD1367", "Ongelijkheid verminderen", "Reduced inequalities", "Weniger Ungleichheiten"),
    (11, "#FD9D24", "Duurzame steden en gemeenschappen", "Sustainable cities and communities",
     "Nachhaltige Städte und Gemeinden"),
    (12, "#BF8B2E", "Verantwoorde consumptie en productie", "Responsible consumption and production",
     "Nachhaltige/r Konsum und Produktion"),
    (13, "#3F7E44", "Klimaatactie", "Climate action", "Maßnahmen zum Klimaschutz"),
    (14, "#0A97D9", "Leven in het water", "Life below water", "Leben unter Wasser"),
    (15, "#56C02B", "Leven op het land", "Life on land", "Leben an Land"),
    (16, "#00689D", "Vrede, justitie en sterke publieke diensten", "Peace, justice and strong institutions",
     "Frieden, Gerechtigkeit und starke Institutionen"),
    (17, "#19486A", "Partnerschap om doelstellingen te bereiken", "Partnerships for the goals",
     "Partnerschaften zur Erreichung der Ziele"),
]

SECTORS = [
    # slug, order, colour, hub, Dutch, English, German
    ("gemeente", 0, "#B0101A", True, "Gemeente", "Municipality", "Gemeinde"),
    ("cultuur-toerisme", 1, "#7A2E8C", False, "Cultuur & toerisme", "Culture & tourism", "Kultur & Tourismus"),
    ("ondernemers", 2, "#1F5F8B", False, "Ondernemers", "Business", "Unternehmen"),
    ("onderwijs", 3, "#2E7D32", False, "Onderwijs", "Education", "Bildung"),
    ("maatschappelijk", 4, "#A14A00", False, "Maatschappelijke organisaties/NGO's", "Civil society/NGOs",
     "Zivilgesellschaft/NGOs"),
    ("sport", 5, "#00695C", False, "Sport", "Sport", "Sport"),
]


def create(apps, schema_editor):
    from django_countries.data import COUNTRIES

    GlobalGoal = apps.get_model("partners", "GlobalGoal")
    Sector = apps.get_model("partners", "Sector")
    Country = apps.get_model("partners", "Country")
    for number, colour, nl, en, de in GOALS:
        GlobalGoal.objects.update_or_create(
            number=number, defaults={"colour": colour, "name_nl": nl, "name_en": en, "name_de": de}
        )
    for slug, order, colour, hub, nl, en, de in SECTORS:
        Sector.objects.get_or_create(
            slug=slug,
            defaults={"order": order, "colour": colour, "is_hub": hub, "name_nl": nl, "name_en": en, "name_de": de},
        )
    Country.objects.bulk_create([Country(code=code) for code in COUNTRIES], ignore_conflicts=True)


def remove(apps, schema_editor):
    apps.get_model("partners", "GlobalGoal").objects.all().delete()


class Migration(migrations.Migration):
    dependencies = [("partners", "0002_models")]

    operations = [migrations.RunPython(create, remove)]
