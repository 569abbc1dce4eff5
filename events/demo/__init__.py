"""The events' demo data (``data.py``, from the seed documents) and its loading through the services (``loader.py``)."""
