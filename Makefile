# The two commands of the README, and the few around them.
#   make run            install what is missing, build, run the default scenario
#   make test           install what is missing, build, run the whole test suite
#   make test-sanitize  the suite again under AddressSanitizer + UBSan, in its own build
#   make bench          the benchmarks under bench/
#   make fuzz           the libFuzzer targets, FUZZ_SECONDS each (clang, in build-fuzz/)
BUILD ?= build
SANITIZE_BUILD ?= build-sanitize
FUZZ_BUILD ?= build-fuzz
FUZZ_SECONDS ?= 60
JOBS ?= $(shell nproc 2>/dev/null || echo 2)
# Recursive (=), so it is looked up when tests run, after deps has installed xvfb.
# -noreset: Xvfb would otherwise reset, refusing connections, each time its last client leaves.
XVFB = $(shell command -v xvfb-run >/dev/null 2>&1 && echo "xvfb-run -a -s '-screen 0 1920x1080x24 -noreset'")

.PHONY: deps build run test test-sanitize bench fuzz golden docs-img clean

deps:
	@bash scripts/install-deps.sh

$(BUILD)/CMakeCache.txt:
	cmake -S . -B $(BUILD) -DCMAKE_BUILD_TYPE=Release

build: deps $(BUILD)/CMakeCache.txt
	cmake --build $(BUILD) -j $(JOBS)

run: build
	./$(BUILD)/sim/govsim run

test: build
	cd $(BUILD) && $(XVFB) ctest --output-on-failure -j $(JOBS)

test-sanitize: deps
	cmake -S . -B $(SANITIZE_BUILD) -DCMAKE_BUILD_TYPE=Debug -DGOVSIM_SANITIZE=ON -DGOVSIM_BUILD_BENCH=OFF
	cmake --build $(SANITIZE_BUILD) -j $(JOBS)
	cd $(SANITIZE_BUILD) && ASAN_OPTIONS=detect_leaks=1 UBSAN_OPTIONS=print_stacktrace=1 \
	  $(XVFB) ctest --output-on-failure -j $(JOBS)

bench: build
	./$(BUILD)/bench/bench_phold_vs_bare_heap
	./$(BUILD)/bench/bench_scenario_replications
	./$(BUILD)/bench/bench_check_worst_case
	./$(BUILD)/bench/bench_national_year
	./$(BUILD)/bench/bench_sweep_store
	./$(BUILD)/sim/govsim bench scenario expedited-discharge --arrangement national --reps 100 --json
	./$(BUILD)/sim/govsim bench phold --lps 1024 --start-events 1 --end 15000 --remote 1.0 --mean 1.0 --lookahead 0 --json
	$(XVFB) ./$(BUILD)/bench/bench_view_frames --frames 300 --size 1280x720

# Each fuzz target in tests/fuzz/ for FUZZ_SECONDS, one after another, built with
# clang and libFuzzer, AddressSanitizer and UBSan; fails if any found a crash, a
# timeout or an out-of-memory input (scripts/fuzz.sh; README "Development").
fuzz:
	@bash scripts/install-deps.sh --fuzz
	CC=clang CXX=clang++ cmake -S . -B $(FUZZ_BUILD) -DCMAKE_BUILD_TYPE=RelWithDebInfo -DGOVSIM_FUZZ=ON \
	  -DGOVSIM_BUILD_VIEW=OFF -DGOVSIM_BUILD_BENCH=OFF -DGOVSIM_BUILD_TESTS=OFF
	cmake --build $(FUZZ_BUILD) --target fuzz_targets fuzz_seeds -j $(JOBS)
	bash scripts/fuzz.sh $(FUZZ_BUILD) $(FUZZ_SECONDS)

# Rewrites tests/golden/ from the current code: only when a change to the logs is meant.
golden: build
	GOVSIM_REGENERATE_GOLDEN=1 ./$(BUILD)/tests/govsim_tests '[golden]'
	git diff --stat tests/golden

# The screenshots in docs/view.md and docs/training.md, from the commands printed
# under each (the handout's picture: scripts/report-screenshots.sh).
docs-img: build
	$(XVFB) ./$(BUILD)/sim/govsim view --screenshot docs/img/view-day20.png --at 20
	$(XVFB) ./$(BUILD)/sim/govsim view --screenshot docs/img/view-day100.png --at 100
	$(XVFB) ./$(BUILD)/sim/govsim view 07-confidential-case --as lead_member --screenshot docs/img/view-as-lead-member.png --at 12
	$(XVFB) ./$(BUILD)/sim/govsim view --arrangement national --screenshot docs/img/view-national.png --at 60
	$(XVFB) ./$(BUILD)/sim/govsim train --screenshot docs/img/training-card.png
	$(XVFB) ./$(BUILD)/sim/govsim train --choose adopt-target=adopt --screenshot docs/img/training-what-if.png
	$(XVFB) ./$(BUILD)/sim/govsim train --choose adopt-target=adopt --side-by-side --screenshot docs/img/training-side-by-side.png
	bash scripts/report-screenshots.sh ./$(BUILD)/sim/govsim docs/img

clean:
	rm -rf $(BUILD) $(SANITIZE_BUILD) $(FUZZ_BUILD)
