# Faultline's build, page, tests and benchmarks.
#
#   make serve   build the page (www/ → dist/, minified) and serve it at http://127.0.0.1:8080
#   make test    native tests, wasm tests in headless Chromium, e2e page tests
#   make size    what the page loads, raw and gzip, against the budget
#   make bench   Criterion (native) and the browser benchmark
#
# Every target installs what it needs when it is missing (scripts/install-*)
# and stays quiet when it is all there, so it works on a fresh Debian
# machine as root and costs nothing on a ready one.

SHELL := bash
.SHELLFLAGS := -euo pipefail -c
MAKEFLAGS += --no-print-directory

# `cargo install` puts wasm-bindgen here; a fresh shell may not have it on PATH.
export PATH := $(HOME)/.cargo/bin:$(PATH)
export CHROMEDRIVER ?= /usr/bin/chromedriver

WASM := www/pkg/faultline_bg.wasm
RUST_SOURCES := $(shell find src -type f) Cargo.toml $(wildcard Cargo.lock)

.PHONY: all build serve test size bench bench-data build-tools test-tools clean

all: build

build-tools:
	@scripts/install-build-tools.sh

test-tools:
	@scripts/install-test-tools.sh

# Rebuilt only when the Rust sources or the build script change.
$(WASM): $(RUST_SOURCES) scripts/build.sh package-lock.json | build-tools
	scripts/build.sh

# dist/ is www/ minified file by file (scripts/dist.mjs), with the service
# worker's precache list of that build.
build: $(WASM)
	@scripts/copy-sample.sh
	@node scripts/dist.mjs --quiet
	@node scripts/precache.mjs --quiet

serve: build
	node scripts/serve.mjs --port 8080

# Browser tests time out after 5 minutes each: a hung one fails instead of
# holding CI.
test: build-tools test-tools
	cargo test --workspace
	cargo run --quiet --example actor_scores
	cargo run --quiet --release --example theme_scores
	cargo run --quiet --release --example oped_scores
	cargo run --quiet --release --example tone_scores
	cargo test --target wasm32-unknown-unknown --test web
	$(MAKE) build
	node --test --test-timeout=120000 tests/www/*.test.mjs
	node --test --test-timeout=300000 tests/e2e/*.test.mjs

size: build
	node scripts/size.mjs

bench-data: build-tools
	node scripts/bench-data.mjs

bench: bench-data build test-tools
	cargo bench --bench parse
	node tests/bench/browser/run.mjs
	node tests/bench/browser/page.mjs

clean:
	rm -rf dist www/pkg www/samples www/precache-manifest.js target/bench-results tests/e2e/screenshots
