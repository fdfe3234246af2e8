# conflictmap: the map and API in one image.
#   docker build -t conflictmap .
#   docker run -p 8000:8000 conflictmap          # map at http://localhost:8000/, API docs at /docs
# With PostGIS instead of the built-in SQLite store: docker compose up (see compose.yaml).
#
# The build runs the same two commands `make run` does before serving (Makefile targets `index` and
# `assets`); tests/test_dockerfile.py checks they stay the same, and CI runs them through `make test`.

ARG PYTHON_IMAGE=python:3.11-slim-bookworm

# npm is needed only to fetch the map's JavaScript/CSS at build time; it never reaches the final image.
FROM node:20-bookworm-slim AS node

FROM ${PYTHON_IMAGE} AS build
ENV PIP_NO_CACHE_DIR=1 \
    PIP_DISABLE_PIP_VERSION_CHECK=1 \
    PYTHONDONTWRITEBYTECODE=1 \
    PATH=/opt/venv/bin:$PATH
COPY --from=node /usr/local/bin/node /usr/local/bin/node
COPY --from=node /usr/local/lib/node_modules/npm /usr/local/lib/node_modules/npm
RUN ln -s /usr/local/lib/node_modules/npm/bin/npm-cli.js /usr/local/bin/npm \
    && python -m venv /opt/venv
WORKDIR /app
COPY pyproject.toml README.md ./
COPY app ./app
COPY geodata ./geodata
# Editable, as `make run` installs it: the gazetteer reads geodata/ and writes data/ next to app/.
RUN pip install --no-cache-dir -e .
RUN conflictmap index build --quiet \
    && python -m app.map.assets --quiet \
    && find /app -name __pycache__ -type d -prune -exec rm -rf {} +

FROM ${PYTHON_IMAGE} AS runtime
LABEL org.opencontainers.image.title="conflictmap" \
      org.opencontainers.image.description="War reporting to a map: offline geoparsing, ACLED-coded events, exact geodesy, OGC API Features."
# The store (SQLite) lives in its own directory, so a volume there keeps events across image upgrades;
# the gazetteer index built above stays in the image.
ENV PYTHONUNBUFFERED=1 \
    PYTHONDONTWRITEBYTECODE=1 \
    PATH=/opt/venv/bin:$PATH \
    CONFLICTMAP_DATA_DIR=/var/lib/conflictmap \
    CONFLICTMAP_GAZETTEER_DIR=/app/data/index
RUN groupadd --system --gid 10001 conflictmap \
    && useradd --system --uid 10001 --gid conflictmap --home-dir /var/lib/conflictmap --shell /usr/sbin/nologin conflictmap \
    && mkdir -p /var/lib/conflictmap \
    && chown conflictmap:conflictmap /var/lib/conflictmap
COPY --from=build /opt/venv /opt/venv
# Code and map assets stay root-owned (read-only to the server); the index directory is the app's, because
# the extractor caches its lexicon next to the index on first use.
COPY --from=build /app/pyproject.toml /app/README.md /app/
COPY --from=build /app/app /app/app
COPY --from=build /app/geodata /app/geodata
COPY --from=build --chown=10001:10001 /app/data /app/data
WORKDIR /app
USER 10001:10001
EXPOSE 8000
HEALTHCHECK --interval=30s --timeout=5s --start-period=60s --retries=3 \
    CMD ["python", "-c", "import urllib.request; urllib.request.urlopen('http://127.0.0.1:8000/healthz', timeout=4)"]
CMD ["conflictmap", "serve", "--host", "0.0.0.0", "--port", "8000"]
