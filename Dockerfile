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
ENV PYTHONUNBUFFERED=1 \
    PYTHONDONTWRITEBYTECODE=1 \
    PATH=/opt/venv/bin:$PATH \
    CONFLICTMAP_DATA_DIR=/app/data
RUN groupadd --system --gid 10001 conflictmap \
    && useradd --system --uid 10001 --gid conflictmap --home-dir /app --shell /usr/sbin/nologin conflictmap
COPY --from=build /opt/venv /opt/venv
COPY --from=build /app /app
# Only the data directory (SQLite store) is writable; code, gazetteer index and assets stay root-owned.
RUN chown conflictmap:conflictmap /app/data
WORKDIR /app
USER 10001:10001
EXPOSE 8000
HEALTHCHECK --interval=30s --timeout=5s --start-period=30s --retries=3 \
    CMD ["python", "-c", "import urllib.request; urllib.request.urlopen('http://127.0.0.1:8000/healthz', timeout=4)"]
CMD ["conflictmap", "serve", "--host", "0.0.0.0", "--port", "8000"]
