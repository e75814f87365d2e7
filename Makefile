# The two commands of the README: `make demo` runs the app on the embedded demo lab,
# `make test` runs every test. Both install what they need first (scripts/setup.sh).

# Reuse one build directory across clones on the same machine (CI clones afresh).
export CARGO_TARGET_DIR ?= $(shell if [ -w /var/cache ]; then echo /var/cache/pipeline-guard/target; else echo $(CURDIR)/target; fi)
CARGO ?= cargo

.PHONY: setup build demo test test-rust test-ui test-app bench-ui bench-app bench package test-package

setup:
	./scripts/setup.sh

build: setup
	$(CARGO) build --release --workspace

demo: build
	$(CARGO_TARGET_DIR)/release/pipeline-guard demo

test: setup
	$(CARGO) fmt --all --check
	$(CARGO) build --workspace
	$(CARGO) clippy --workspace --all-targets -- -D warnings
	$(CARGO) test --workspace --no-fail-fast
	./scripts/check-bindings.sh
	./scripts/check-locales.sh
	@if [ -f ui/package.json ]; then $(MAKE) test-ui; fi
	$(MAKE) test-app

test-ui:
	cd ui && npm test

# The real desktop window under a private Xvfb, driven by tauri-driver + WebKitWebDriver
# (ui/e2e/app.mjs starts both). The app's Rust tests (every command through Tauri's IPC against
# the permission table) run in `cargo test --workspace`. Always `--workspace`: building a
# subset unifies features differently and rebuilds most dependencies.
test-app:
	$(CARGO) build --workspace
	cd ui && TAURI_DRIVER="$$(../scripts/setup.sh tauri-driver)" node e2e/app.mjs

# App cold start to first data and idle RSS (figures for BENCHMARKS.md), release build.
bench-app:
	$(CARGO) build --release --workspace
	cd ui && TAURI_DRIVER="$$(../scripts/setup.sh tauri-driver)" PG_PROFILE=release node e2e/app.mjs --bench 5

# UI frame time while 1,000 components stream updates (figures for BENCHMARKS.md).
bench-ui:
	cd ui && npm run build && node e2e/bench.mjs 1000 1000 && node e2e/bench-webkit.mjs 1000 1000

bench:
	$(CARGO) bench --workspace

# The installable .deb and .rpm (Tauri's bundler from the @tauri-apps/cli npm package, no
# network): the app with its menu entry and icons, the `pipeline-guard` CLI in /usr/bin, the
# demo's lab service in /usr/lib/pipeline-guard, a systemd unit for `pipeline-guard serve` (not
# enabled). Not part of `make test`: it needs the release build.
# The binaries go in without their line tables (`strip --strip-debug`, as Debian packages do:
# 75 -> 22 MiB); the copies are staged under src-tauri/packaging/staged/, the build stays intact.
STAGE := src-tauri/packaging/staged
package: build
	rm -rf $(STAGE) && mkdir -p $(STAGE)/target/release
	strip --strip-debug -o $(STAGE)/pipeline-guard $(CARGO_TARGET_DIR)/release/pipeline-guard
	strip --strip-debug -o $(STAGE)/labsvc $(CARGO_TARGET_DIR)/release/labsvc
	strip --strip-debug -o $(STAGE)/target/release/pipeline-guard-app $(CARGO_TARGET_DIR)/release/pipeline-guard-app
	cd src-tauri && CARGO_TARGET_DIR=$(CURDIR)/$(STAGE)/target ../ui/node_modules/.bin/tauri bundle --bundles deb,rpm --ci
	mkdir -p artifacts && cp $(STAGE)/target/release/bundle/deb/*.deb artifacts/pipeline-guard_amd64.deb
	cp $(STAGE)/target/release/bundle/rpm/*.rpm artifacts/pipeline-guard.x86_64.rpm
	dpkg-deb -I artifacts/pipeline-guard_amd64.deb && ls -l artifacts/pipeline-guard_amd64.deb artifacts/pipeline-guard.x86_64.rpm

# Installs the .deb on this machine (as root; apt-get install -f for missing dependencies),
# checks its files and unit, starts the app from its desktop entry's Exec line under Xvfb with
# an empty HOME, finds the welcome screen (screenshot artifacts/ui/package-welcome.png), then
# removes the package and checks nothing is left. Not in `make test`: it needs the packages.
test-package: package
	sudo_cmd=$$(if [ "$$(id -u)" = 0 ]; then echo; else echo sudo; fi); \
	TAURI_DRIVER="$$(./scripts/setup.sh tauri-driver)" SUDO="$$sudo_cmd" ./scripts/test-package.sh artifacts/pipeline-guard_amd64.deb
