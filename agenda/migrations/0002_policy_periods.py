"""Reference data: the two policy periods and the six chapters of the Ambitienota 2021-2026."""

from django.db import migrations

PERIODS = [
    ("2015-2020", 2015, 2020, "Deventer Internationaal 2015-2020 (B&W-nota en raadsvoorstel, 17 februari 2015)"),
    ("2021-2026", 2021, 2026, "Ambitienota Internationaal Beleid 2021-2026"),
]

CHAPTERS_2021 = [
    (1, "Internationale handel en export bevorderen", "Promoting international trade and exports",
     "Internationalen Handel und Export fördern"),
    (2, "Synergie creëren door samenwerking en verbinding", "Creating synergy through cooperation and connection",
     "Synergien durch Zusammenarbeit und Vernetzung schaffen"),
    (3, "Aandacht vestigen op Deventer als internationale en tolerante Hanzestad",
     "Putting Deventer on the map as an international and tolerant Hanseatic city",
     "Deventer als internationale und tolerante Hansestadt ins Blickfeld rücken"),
    (4, "Internationale samenwerking bevorderen", "Promoting international cooperation",
     "Internationale Zusammenarbeit fördern"),
    (5, "Samenwerken in de Hanze", "Working together in the Hanseatic League", "Zusammenarbeit in der Hanse"),
    (6, "Deventer profileren als vooruitstrevende Global Goals gemeente",
     "Profiling Deventer as a forward-looking Global Goals municipality",
     "Deventer als fortschrittliche Global-Goals-Gemeinde profilieren"),
]


def create(apps, schema_editor):
    PolicyPeriod = apps.get_model("agenda", "PolicyPeriod")
    Chapter = apps.get_model("agenda", "Chapter")
    periods = {}
    for name, start, end, document in PERIODS:
        periods[name], _ = PolicyPeriod.objects.update_or_create(
            name=name, defaults={"start_year": start, "end_year": end, "document": document}
        )
    for number, nl, en, de in CHAPTERS_2021:
        Chapter.objects.update_or_create(
            period=periods["2021-2026"], number=number, defaults={"title_nl": nl, "title_en": en, "title_de": de}
        )


def remove(apps, schema_editor):
    PolicyPeriod = apps.get_model("agenda", "PolicyPeriod")
    PolicyPeriod.objects.filter(name__in=[name for name, *_ in PERIODS], actions__isnull=True).delete()


class Migration(migrations.Migration):
    dependencies = [("agenda", "0001_initial")]

    operations = [migrations.RunPython(create, remove)]
