"""The partner directory's demo data (``data.py``, from the seed documents) and its loader (``loader.py``)."""
