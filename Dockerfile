# syntax=docker/dockerfile:1
# maildoctor: build with the official Rust image, run on Debian slim as an unprivileged user.
#   docker build -t maildoctor .
#   docker run --rm -p 127.0.0.1:8080:8080 maildoctor
# The container serves the web form and the JSON API on port 8080 (GET /healthz for probes,
# GET /metrics for Prometheus). Configure it with MAILDOCTOR_* variables or a mounted TOML
# file (MAILDOCTOR_CONFIG=/etc/maildoctor/maildoctor.toml); see docs/CONFIGURATION.md.

FROM rust:1-bookworm AS build
WORKDIR /src
# The whole context (see .dockerignore): askama reads templates/ at compile time and the
# crate embeds other files (static/, the catalog, the provider table); copying all of it
# cannot miss one. Nothing is read from disk at run time.
COPY . .
# Cache mounts keep the registry and target/ between builds; the binary is copied out of the
# cached target/ because the mount is not part of the layer. Cargo judges freshness by mtime,
# and copied sources can be older than the cached build of a previous context: touching the
# crate roots makes it rebuild this crate (this step only runs when the context changed).
RUN --mount=type=cache,target=/usr/local/cargo/registry \
    --mount=type=cache,target=/src/target \
    touch src/lib.rs src/main.rs \
    && cargo build --release --locked \
    && install -D -m 0755 target/release/maildoctor /out/maildoctor

FROM debian:bookworm-slim
# OCI annotations (https://github.com/opencontainers/image-spec/blob/main/annotations.md).
ARG VERSION=0.1.0
LABEL org.opencontainers.image.title="maildoctor" \
      org.opencontainers.image.description="Finds out why a mail app cannot reach or sign in to its mail server, and says what to change." \
      org.opencontainers.image.version="${VERSION}" \
      org.opencontainers.image.licenses="MIT OR Apache-2.0" \
      org.opencontainers.image.base.name="docker.io/library/debian:bookworm-slim"
# ca-certificates: the trust store for checking real mail servers' certificates.
RUN apt-get update \
    && apt-get install -y --no-install-recommends ca-certificates \
    && rm -rf /var/lib/apt/lists/*
COPY --from=build /out/maildoctor /usr/local/bin/maildoctor
# Saved reports (SQLite) live in a volume owned by the service's user (docs/STORE.md).
RUN mkdir -p /var/lib/maildoctor && chown 65532:65532 /var/lib/maildoctor
# Listen on all interfaces inside the container; JSON logs for the collector. `healthcheck`
# probes the port of MAILDOCTOR_LISTEN, so changing it here or at run time keeps it working.
ENV MAILDOCTOR_LISTEN=0.0.0.0:8080 \
    MAILDOCTOR_LOG_FORMAT=json \
    MAILDOCTOR_DATA_DIR=/var/lib/maildoctor
VOLUME /var/lib/maildoctor
USER 65532:65532
EXPOSE 8080
# SIGTERM (docker stop) lets diagnoses in flight finish for MAILDOCTOR_SHUTDOWN_GRACE seconds
# (default 20); give `docker stop -t` / compose `stop_grace_period` a little more than that.
STOPSIGNAL SIGTERM
HEALTHCHECK --interval=30s --timeout=5s --start-period=5s --retries=3 CMD ["maildoctor", "healthcheck"]
ENTRYPOINT ["maildoctor"]
CMD ["serve"]
