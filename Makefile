# polgraph: `make run` brings the whole thing up; `make test` checks all of it.
# Both provision a local Neo4j unless NEO4J_URI points at one of your own.

GO      ?= go
BIN     := bin/polgraph
ADDR    ?= 127.0.0.1:8080
export GOFLAGS := -mod=readonly
export POLGRAPH_CACHE ?= $(CURDIR)/.cache

# Where a target needs Neo4j: the user's own (NEO4J_URI set) or the local one.
NEO4J_ENV = if [ -z "$$NEO4J_URI" ]; then $(BIN) neo4j start >&2 && eval "$$($(BIN) neo4j env)"; fi

.PHONY: all build run neo4j neo4j-stop test soak check generate gencheck bench e2e clean

all: build

build:
	$(GO) build -o $(BIN) ./cmd/polgraph

neo4j: build
	$(BIN) neo4j start

neo4j-stop: build
	$(BIN) neo4j stop

run: build
	@$(NEO4J_ENV) && \
	$(BIN) seed && \
	exec $(BIN) serve --addr $(ADDR)

generate:
	$(GO) generate ./...

# Generated code must match its sources: generating again changes nothing,
# neither a tracked file nor a new one.
gencheck:
	@before=$$(mktemp) && after=$$(mktemp) && \
	{ git diff; git status --porcelain --untracked-files=all; } > $$before && \
	$(GO) generate ./... && { git diff; git status --porcelain --untracked-files=all; } > $$after && \
	if ! cmp -s $$before $$after; then echo "go generate ./... changed files: run it and commit the result"; git status --short; rm -f $$before $$after; exit 1; fi; \
	rm -f $$before $$after

check: gencheck
	@out=$$(gofmt -l $$(git ls-files '*.go')); if [ -n "$$out" ]; then echo "gofmt needed:"; echo "$$out"; exit 1; fi
	$(GO) vet ./...

# Integration tests talk to a real Neo4j and fail, never skip, without one.
test: build check
	@$(NEO4J_ENV) && CI=$${CI:-1} $(GO) test -count=1 -timeout 20m ./...

# The fault tests at full size (not part of `make test`, which runs them
# small): concurrent loaders over 2,500 articles, a load through a Neo4j
# outage, kill -9 and rerun over 5,000, signals; then each extraction
# fuzzer for SOAK_FUZZ with its time bound. About half an hour on 2 cores.
SOAK_FUZZ ?= 5m
soak: build
	@$(NEO4J_ENV) && export CI=1 POLGRAPH_SOAK=1 && \
	$(GO) test -count=1 -timeout 90m -run 'Concurrent|GoesAway|Killed|Stuck|Signal' ./loader/ ./cmd/polgraph/ ./graph/ && \
	$(GO) test -run '^$$' -fuzz '^FuzzGluedMarkup$$' -fuzztime $(SOAK_FUZZ) ./extract/ && \
	$(GO) test -run '^$$' -fuzz '^FuzzExtract$$' -fuzztime $(SOAK_FUZZ) ./extract/

bench: build
	@$(NEO4J_ENV) && $(GO) test -run '^$$' -bench . -benchmem -timeout 60m ./...

clean:
	rm -rf bin

# Scale, side by side (not part of `make test`): grows a synth world to
# BENCH_N articles and, every 5,000, reports the write rates of articles
# about known and about new people and each API query's latency at 1 and
# 16 clients beside @neo4j/graphql's on the same database, after checking
# both answer alike. Without NEO4J_URI it runs on a Neo4j of its own
# (BENCH_CACHE, emptied first, stopped after; the world stays for a look),
# on the same ports as `make neo4j`'s: stop that one first. Needs Node.js
# 20+ (Debian: apt-get install nodejs npm); bench/peer's packages are
# installed from its package-lock.json on first use. BENCH_FLAGS passes
# more (go run ./bench/scale -h). About 30 minutes at 20,000 on 2 cores.
BENCH_N     ?= 20000
BENCH_CACHE ?= $(CURDIR)/.cache-bench
.PHONY: bench-scale
bench-scale: build
	@if [ -n "$$NEO4J_URI" ]; then exec $(GO) run ./bench/scale -n $(BENCH_N) $(BENCH_FLAGS); fi; \
	export POLGRAPH_CACHE=$(BENCH_CACHE) && \
	$(BIN) neo4j stop >/dev/null 2>&1; rm -rf $(BENCH_CACHE)/neo4j/home/data && \
	$(BIN) neo4j start >&2 && eval "$$($(BIN) neo4j env)" && \
	{ $(GO) run ./bench/scale -n $(BENCH_N) -neo4j-pid $(BENCH_CACHE)/neo4j/neo4j.pid $(BENCH_FLAGS); rc=$$?; $(BIN) neo4j stop >&2; exit $$rc; }

include e2e.mk

# Main text, dates and titles of HTML pages, scored on trafilatura's
# evaluation set (README, "Reading HTML pages"; figures in BENCHMARKS.md).
# It fetches nothing: POLGRAPH_HTML_EVAL names a copy of the trafilatura
# repository's tests/ folder. Not part of `make test`. V=1 lists refused
# pages and the dates and titles that differ.
.PHONY: bench-html
bench-html:
	$(GO) run ./reader/benchhtml $(if $(V),-v)

# Retrain the tagger and parser that extract/parse embeds (not part of
# `make test`; about 10 minutes on 2 cores). Clone the treebanks first:
#   git clone https://github.com/UniversalDependencies/UD_English-EWT ../UD_English-EWT
#   git clone https://github.com/UniversalDependencies/UD_English-GUM ../UD_English-GUM
UD_EWT_DIR ?= ../UD_English-EWT
UD_GUM_DIR ?= ../UD_English-GUM

.PHONY: train
train:
	$(GO) run ./cmd/train -ewt $(UD_EWT_DIR) -gum $(UD_GUM_DIR) -out extract/parse/model/en_ud.model.gz

# Extraction quality: the scorer beside the project (../shared/eval, kept out
# of the repository) on the dev corpora, then on evalset/ (tune/ for rules,
# validation/ held out: no rule is written against it). Not part of
# `make test`.
SHARED ?= ../shared
.PHONY: eval
eval: build
	python3 $(SHARED)/eval/run.py --bin ./$(BIN) $(SHARED)/corpus/seed $(SHARED)/corpus/dev/gum $(SHARED)/corpus/dev/te3 $(SHARED)/corpus/dev/redocred $(SHARED)/corpus/dev/events
	python3 $(SHARED)/eval/run.py --bin ./$(BIN) evalset/tune evalset/validation

# Retrain the named-entity tagger that extract/entity embeds (not part of
# `make test`; about 3 minutes on 2 cores). Clone GUM's repository (its
# entity layer) beside UD_English-GUM (its file lists), and UniversalNER's
# English-EWT (its train split is trained on, dev chooses the epoch, test
# is reported):
#   git clone https://github.com/amir-zeldes/gum ../gum
#   git clone https://github.com/UniversalNER/UNER_English-EWT ../UNER_English-EWT
GUM_DIR  ?= ../gum
UNER_DIR ?= ../UNER_English-EWT
GUM_LISTS = $(UD_GUM_DIR)/not-to-release/file-lists
comma := ,

.PHONY: train-entity
train-entity:
	nice -n 15 $(GO) run ./cmd/train-entity -gum $(GUM_DIR) \
		$(if $(wildcard $(GUM_LISTS)/files.train),-train-list $(GUM_LISTS)/files.train -not-train $(GUM_LISTS)/files.dev$(comma)$(GUM_LISTS)/files.test) \
		$(if $(wildcard $(UNER_DIR)),-uner $(UNER_DIR)) $(TRAIN_ENTITY_FLAGS)
