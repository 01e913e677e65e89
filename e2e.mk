# End-to-end tests, included by the Makefile, in headless Chromium driven
# over WebDriver: Neo4j Browser, opened at the URL polgraph neo4j env gives
# (NEO4J_BROWSER_URL), connects to the project's own Neo4j, applies
# polgraph's style sheet, opens the guide, runs its queries and checks what
# is drawn, on the seed plus fictional articles (TestBrowser*); and the
# /timeline page of bin/polgraph serve, on the seed graph, shows Han Dong's
# and Michael Kovrig's events, their evidence and their exports
# (TestTimeline*). Debian's chromium and chromium-driver
# only (apt-get install -y chromium chromium-driver); nothing downloads a
# browser. Screenshots and the chromedriver log go to artifacts/e2e/, which
# git ignores.

CHROMIUM     ?= /usr/bin/chromium
CHROMEDRIVER ?= /usr/bin/chromedriver

e2e: build
	@test -x $(CHROMIUM) && test -x $(CHROMEDRIVER) || { \
		echo "make e2e needs Chromium and ChromeDriver: apt-get install -y chromium chromium-driver"; exit 1; }
	$(GO) vet -tags e2e ./browser/
	@$(NEO4J_ENV) && CHROMIUM=$(CHROMIUM) CHROMEDRIVER=$(CHROMEDRIVER) \
		$(GO) test -tags e2e -count=1 -timeout 10m -run '^(TestBrowser|TestTimeline)' -v ./browser/
