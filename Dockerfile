# syntax=docker/dockerfile:1
# maildoctor: build with the official Rust image, run on Debian slim as an unprivileged user.
#   docker build -t maildoctor .
#   docker run --rm -p 127.0.0.1:8080:8080 maildoctor
# The container serves the web form and the JSON API on port 8080 (GET /healthz for probes).

FROM rust:1-bookworm AS build
WORKDIR /src
# The whole context (see .dockerignore): askama reads templates/ at compile time and the
# crate may embed other files (static/, the catalog); copying all of it cannot miss one.
COPY . .
# Cache mounts keep the registry and target/ between builds; the binary is copied out of the
# cached target/ because the mount is not part of the layer.
RUN --mount=type=cache,target=/usr/local/cargo/registry \
    --mount=type=cache,target=/src/target \
    cargo build --release --locked \
    && install -D -m 0755 target/release/maildoctor /out/maildoctor

FROM debian:bookworm-slim
# ca-certificates: the trust store for checking real mail servers' certificates.
RUN apt-get update \
    && apt-get install -y --no-install-recommends ca-certificates \
    && rm -rf /var/lib/apt/lists/*
COPY --from=build /out/maildoctor /usr/local/bin/maildoctor
USER 65532:65532
EXPOSE 8080
HEALTHCHECK --interval=30s --timeout=5s --start-period=5s --retries=3 CMD ["maildoctor", "healthcheck"]
ENTRYPOINT ["maildoctor"]
CMD ["serve", "--listen", "0.0.0.0:8080"]
