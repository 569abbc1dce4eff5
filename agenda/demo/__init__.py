"""The work agenda's demo data (``data.py``, from the seed documents) and its loader (``loader.py``)."""
