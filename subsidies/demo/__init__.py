"""The subsidies' demo data (``data.py``, from the seed documents, every invented detail marked) and its loading
(``loader.py``, through the services the pages use)."""
