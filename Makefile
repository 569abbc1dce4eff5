# The two commands: `make run` and `make test`. Everything else is what they need.
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
HOST ?= 127.0.0.1
PORT ?= 8000

.PHONY: run serve loadtest test bench install frontend messages static migrate demo browser lint format catalogs docs env-example clean help backup restore

help:
	@echo "make run    - set up everything and serve the portal with demo data at http://$(HOST):$(PORT)"
	@echo "make test   - set up everything and run the whole test suite"
	@echo "make bench  - measure page latency and throughput on 5,000 synthetic partners"
	@echo "make docs   - build the operators' documentation (docs/) into build/docs/"
	@echo "make backup - write a backup archive (database, media, private media, manifest) to var/backups/"
	@echo "make restore ARCHIVE=... [FORCE=1] - restore a backup into an empty database and media folders"

$(VENV)/.installed: pyproject.toml
	@test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e '.[dev]'
	@touch $@

node_modules/.installed: package.json package-lock.json
	npm ci --no-audit --no-fund --loglevel=error
	@touch $@

install: $(VENV)/.installed node_modules/.installed pango

# The progress report's PDF (WeasyPrint) needs Pango from the system; installed with apt when we may.
.PHONY: pango
pango:
	@bin/ensure-pango

# Compile the committed translations with Babel (no GNU gettext needed on the machine): the
# site-wide catalog in locale/ and each app's own catalog in <app>/locale/ (Django finds both).
LOCALE_DIRS := locale $(wildcard */locale)
messages: install
	@for dir in $(LOCALE_DIRS); do \
	  $(VENV)/bin/pybabel compile --domain=django --directory=$$dir --statistics || exit 1; \
	done

# Refresh the committed catalogs from the code (needs GNU gettext): new strings appear untranslated
# in locale/ or <app>/locale/, where they are translated by hand. No source locations, so
# parallel branches do not conflict over line numbers.
catalogs: install
	$(PY) manage.py makemessages -l nl -l en -l de --no-location --no-obsolete \
	  -i ".venv/*" -i "node_modules/*" -i "staticfiles/*" -i "var/*" -i "tests/*" -i "bin/*" -i "docs/*"

static: install messages
	$(PY) manage.py collectstatic --noinput -v 0

migrate: install messages
	$(PY) manage.py migrate --noinput -v 0
	$(PY) manage.py createcachetable

demo: migrate
	$(PY) manage.py load_demo --if-empty

run: demo static
	@$(PY) manage.py demo_logins --url http://$(HOST):$(PORT)/
	@echo "Serving the portal at http://$(HOST):$(PORT)/  (Ctrl+C stops it)"
	$(PY) manage.py runserver $(HOST):$(PORT)

# Browser tests need Debian's Chromium; install it when we may (root with apt), else say so.
browser:
	@bin/ensure-chromium
	@bin/ensure-java

# The whole suite. PYTEST_ARGS adds pytest options, e.g. `make test PYTEST_ARGS='-m "not browser"'`;
# PYTEST_WORKERS sets how many processes share the tests (pytest-xdist; each has its own test database).
PYTEST_WORKERS ?= 2
test: install messages static browser lint
	$(PY) -m pytest -n $(PYTEST_WORKERS) $(PYTEST_ARGS)

# House style and upgrade path: ruff (lint and format, settings in pyproject.toml) and no model
# change without its migration. `make format` rewrites the files ruff can fix.
lint: install
	$(VENV)/bin/ruff check .
	$(VENV)/bin/ruff format --check .
	$(PY) manage.py makemigrations --check --dry-run
	@$(MAKE) --no-print-directory openapi-check

# The public API's OpenAPI document is committed (docs/openapi-v1.json), generated with validation on and every
# warning an error; `make openapi` regenerates it, `make openapi-check` (part of lint) fails when it is stale.
.PHONY: openapi openapi-check
OPENAPI := docs/openapi-v1.json
SPECTACULAR := $(PY) manage.py spectacular --validate --fail-on-warn --lang en --format openapi-json
openapi: install
	$(SPECTACULAR) --file $(OPENAPI)

openapi-check: install
	@mkdir -p var
	@$(SPECTACULAR) --file var/openapi-check.json
	@cmp -s var/openapi-check.json $(OPENAPI) || { echo "$(OPENAPI) differs from the generated document: run make openapi"; exit 1; }

format: install
	$(VENV)/bin/ruff check --fix .
	$(VENV)/bin/ruff format .

# The operators' documentation (docs/, MkDocs): screenshots from the demo data in headless Chromium,
# the configuration reference generated from the settings, warnings as errors. Output: build/docs/.
docs: demo static browser
	$(PY) docs/screenshots.py
	$(VENV)/bin/mkdocs build --strict --quiet
	@echo "Documentation built in build/docs/index.html"

# .env.example is generated from the settings' declarations (deventer_intl/config.py); a test keeps it current.
env-example: install
	$(PY) bin/config-reference --env-example > .env.example

bench: install messages static
	$(PY) bin/bench.py

# Backups (deventer_intl/backups.py): one tar archive with a consistent pg_dump, the media and private media
# files and a manifest. `make backup ARCHIVE=/path/x.tar` names the file (default: var/backups/portal-<time>.tar);
# `make restore ARCHIVE=…` restores into an empty database and empty folders (FORCE=1 replaces what is there).
backup: install
	$(PY) manage.py backup $(if $(ARCHIVE),--output "$(ARCHIVE)")

restore: install
	@test -n "$(ARCHIVE)" || { echo "Usage: make restore ARCHIVE=var/backups/portal-….tar [FORCE=1]"; exit 2; }
	$(PY) manage.py restore "$(ARCHIVE)" $(if $(FORCE),--force)

# Production mode on this machine (bin/serve.py): DEBUG off, the production check, collectstatic with the
# manifest, gunicorn with a worker per core; DATABASE_URL or the embedded PostgreSQL; REDIS_URL if set.
# A local trial gets a generated key in var/secret-key and ALLOWED_HOSTS=127.0.0.1,localhost.
serve: install messages
	HOST=$(HOST) PORT=$(PORT) $(PY) bin/serve.py

# Locust, headless, 32 users for 60 s against make serve on the bench data (bin/loadtest.py starts both).
LOADTEST_USERS ?= 32
LOADTEST_SECONDS ?= 60
loadtest: install messages
	LOADTEST_USERS=$(LOADTEST_USERS) LOADTEST_SECONDS=$(LOADTEST_SECONDS) $(PY) bin/loadtest.py

clean:
	rm -rf $(VENV) node_modules staticfiles
