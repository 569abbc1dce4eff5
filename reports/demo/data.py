"""Demo texts of the progress report 2015–2020, condensed from the municipality's 2020 five-year report
(``Vijf-Jaarsrapportage Internationaal Beleid 2015-2020``); Dutch only, as the seed. Keys: a section, or
``("sector", <sector slug>)``."""

PERIOD = (2015, 2020)

TEXTS = {
    "summary": (
        "Het college stelde begin 2015 met de inbreng van veel externe partners het Ambitieverhaal Deventer "
        "Internationaal 2015-2020 vast. De concrete acties uit de twee actielijsten zijn allemaal, soms in nieuwe "
        "vorm, tot uitvoering gebracht, door de vele internationaal betrokken personen en organisaties in onze "
        "gemeente, veelal samen met bestuurders en ambtenaren. In 2020 traden door de coronacrisis ook hiaten op.\n\n"
        "Twee accenten werden duidelijk: meer nadruk op internationale handelsbevordering, en een beleid dat zich "
        "toenemend op landen in de EU richt."
    ),
    ("sector", "ondernemers"): (
        "Bedrijven, MKB Deventer en gemeente stelden zich eind 2014 ten doel de export te stimuleren. Dat heeft in "
        "2020, met een kleine financiële bijdrage vanuit het internationaal beleid, geleid tot de oprichting van "
        "Trade Office Deventer en een vestiging van NLinBusiness."
    ),
    ("sector", "onderwijs"): (
        "Gemeente en onderwijs stelden zich ten doel op alle onderwijsniveaus jongeren te verrijken met een "
        "internationale ervaring. Deelname aan de Jeugd Hanze is nu een vast jaarlijks programmapunt vanuit het "
        "Etty Hillesum Lyceum, naast vele andere internationale uitwisselingen."
    ),
    ("sector", "maatschappelijk"): (
        "Deventer kan van oudsher bogen op een uitgebreid netwerk van internationaal actieve "
        "vrijwilligersorganisaties. Door hun constante aandacht voor humanitaire doelen in het buitenland kweken zij "
        "mondiale betrokkenheid onder inwoners. In 2016 werd het Platform Deventer-Oeganda opgericht."
    ),
    ("sector", "cultuur-toerisme"): (
        "Via het internationaal beleid probeert het gemeentebestuur langs verschillende wegen buitenlandse "
        "bezoekers naar Deventer te trekken en inwoners met andere culturen in contact te brengen, onder meer met "
        "de wereldmuziekserie Deventer Internationaal en het festival Focus op Roemenië."
    ),
    ("sector", "gemeente"): (
        "De bestuurlijke en ambtelijke inzet van de gemeente is van oudsher vervlochten met de activiteiten van "
        "de internationaal actieve organisaties en personen in Deventer. Het doel om op internationaal vlak als "
        "netwerkorganisatie te groeien, kan als geslaagd worden beschouwd."
    ),
    "office": (
        "In het Ambitieverhaal werden de internationale activiteiten van Deventer weergegeven als vier delen van "
        "een klaverblad. Als spil daartussen diende een International Office te komen, dat smeerolie en dynamiek "
        "in de samenwerking tussen partijen binnen en tussen deze sectoren bracht. Het virtuele International "
        "Office is naar de mening van alle betrokkenen volledig in zijn opzet geslaagd."
    ),
    "goals": (
        "De gemeente committeerde zich vanaf 2016 aan de 17 Global Goals. In 2018 is de kerngroep "
        "Deventer4GlobalGoals opgezet met vertegenwoordigers van onderwijs, bedrijfsleven, NGO's, cultuur en "
        "overheid. Op 18 januari 2020 ontving Deventer de Global Goals-prijs van VNG International."
    ),
    "new": (
        "Nieuwe ontwikkelingen die in 2015 niet te voorzien waren: het accent op handelsbevordering binnen de EU, "
        "de opleving van de stedenband met Sibiu, hbo-samenwerking met Osnabrück, deelname aan Shelter City, "
        "Deventer4GlobalGoals en de intensieve inzet voor de Hanzesteden."
    ),
    "yield": (
        "Wat het concreet en merkbaar voor Deventer heeft opgeleverd: meer exportondersteuning voor ondernemers, "
        "internationale ervaring voor leerlingen en studenten, publieksevenementen met duizenden bezoekers en "
        "kleine subsidies die een veelvoud aan andere financiering losmaakten."
    ),
}
