//go:build e2e

package browser

import (
	"bytes"
	"encoding/base64"
	"encoding/json"
	"fmt"
	"io"
	"net"
	"net/http"
	"os"
	"os/exec"
	"strconv"
	"testing"
	"time"
)

// A minimal W3C WebDriver client over plain HTTP: enough to drive Debian's
// chromium through its chromedriver without a new Go dependency and without
// any tool that downloads a browser of its own.

// elementKey is how WebDriver names an element reference in JSON.
const elementKey = "element-6066-11e4-a52e-4f735466cecf"

// artifactDir holds screenshots and the chromedriver log (git ignores it).
const artifactDir = "../artifacts/e2e"

type webDriver struct {
	t       testing.TB
	base    string // http://127.0.0.1:PORT/session/ID
	client  *http.Client
	timeout time.Duration
}

// chromiumFlags are what Chromium needs on this closed network: without the
// background-networking flags it keeps dialling Google's hosts and the
// refused connections slow everything down.
var chromiumFlags = []string{
	"--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
	"--disable-background-networking", "--disable-component-update", "--disable-sync",
	"--disable-dev-shm-usage", "--window-size=1400,1000",
}

// startChrome starts chromedriver on a free port and opens a session in a
// fresh headless Chromium profile; both end with the test.
func startChrome(t *testing.T) *webDriver {
	t.Helper()
	driverBin := envOr("CHROMEDRIVER", "/usr/bin/chromedriver")
	chromeBin := envOr("CHROMIUM", "/usr/bin/chromium")
	for _, bin := range []string{driverBin, chromeBin} {
		if _, err := os.Stat(bin); err != nil {
			t.Fatalf("%s is missing: apt-get install -y chromium chromium-driver (%v)", bin, err)
		}
	}
	port := freePort(t)
	// chromedriver's chatter goes to a log beside the screenshots, read
	// when a run fails.
	if err := os.MkdirAll(artifactDir, 0o755); err != nil {
		t.Fatal(err)
	}
	logPath := artifactDir + "/chromedriver.log"
	cmd := exec.Command(driverBin, "--port="+strconv.Itoa(port), "--log-path="+logPath)
	if err := cmd.Start(); err != nil {
		t.Fatalf("start chromedriver: %v", err)
	}
	t.Cleanup(func() { cmd.Process.Kill(); cmd.Wait() })

	root := fmt.Sprintf("http://127.0.0.1:%d", port)
	wd := &webDriver{t: t, base: root, client: &http.Client{Timeout: 2 * time.Minute}, timeout: 60 * time.Second}
	deadline := time.Now().Add(20 * time.Second)
	for {
		var status struct {
			Ready bool `json:"ready"`
		}
		if err := wd.call("GET", "/status", nil, &status); err == nil && status.Ready {
			break
		}
		if time.Now().After(deadline) {
			t.Fatal("chromedriver did not become ready in 20s")
		}
		time.Sleep(100 * time.Millisecond)
	}

	args := append([]string{"--user-data-dir=" + t.TempDir()}, chromiumFlags...)
	caps := map[string]any{"capabilities": map[string]any{"alwaysMatch": map[string]any{
		"browserName":        "chrome",
		"goog:chromeOptions": map[string]any{"binary": chromeBin, "args": args},
	}}}
	var session struct {
		SessionID string `json:"sessionId"`
	}
	if err := wd.call("POST", "/session", caps, &session); err != nil {
		t.Fatalf("new session: %v", err)
	}
	wd.base = root + "/session/" + session.SessionID
	t.Cleanup(func() { wd.call("DELETE", "", nil, nil) })
	return wd
}

// call sends one WebDriver command and decodes its "value".
func (wd *webDriver) call(method, path string, body, out any) error {
	var r io.Reader
	if body != nil {
		b, err := json.Marshal(body)
		if err != nil {
			return err
		}
		r = bytes.NewReader(b)
	}
	req, err := http.NewRequest(method, wd.base+path, r)
	if err != nil {
		return err
	}
	req.Header.Set("Content-Type", "application/json")
	resp, err := wd.client.Do(req)
	if err != nil {
		return err
	}
	defer resp.Body.Close()
	raw, err := io.ReadAll(resp.Body)
	if err != nil {
		return err
	}
	var envelope struct {
		Value json.RawMessage `json:"value"`
	}
	if err := json.Unmarshal(raw, &envelope); err != nil {
		return fmt.Errorf("%s %s: %d %s", method, path, resp.StatusCode, raw)
	}
	if resp.StatusCode != http.StatusOK {
		var e struct {
			Error   string `json:"error"`
			Message string `json:"message"`
		}
		json.Unmarshal(envelope.Value, &e)
		return fmt.Errorf("%s %s: %s: %s", method, path, e.Error, firstLine(e.Message))
	}
	if out != nil {
		return json.Unmarshal(envelope.Value, out)
	}
	return nil
}

func (wd *webDriver) must(err error) {
	wd.t.Helper()
	if err != nil {
		wd.t.Fatal(err)
	}
}

func (wd *webDriver) navigate(url string) {
	wd.t.Helper()
	wd.must(wd.call("POST", "/url", map[string]string{"url": url}, nil))
}

// find returns the elements matching a CSS selector now, possibly none.
func (wd *webDriver) find(css string) []string {
	wd.t.Helper()
	var els []map[string]string
	wd.must(wd.call("POST", "/elements", map[string]string{"using": "css selector", "value": css}, &els))
	ids := make([]string, len(els))
	for i, e := range els {
		ids[i] = e[elementKey]
	}
	return ids
}

// waitFor polls until cond returns true, failing the test after the timeout
// with a screenshot of what the page showed instead.
func (wd *webDriver) waitFor(what string, cond func() bool) {
	wd.t.Helper()
	deadline := time.Now().Add(wd.timeout)
	for !cond() {
		if time.Now().After(deadline) {
			wd.screenshot("failure")
			wd.logPage()
			wd.t.Fatalf("timed out after %s waiting for %s", wd.timeout, what)
		}
		time.Sleep(250 * time.Millisecond)
	}
}

// logPage logs the start of each of Browser's frames, newest first (or the
// page's text where there are none), so a run whose screenshot is out of
// reach, as on CI, still tells what the page showed.
func (wd *webDriver) logPage() {
	wd.t.Helper()
	var frames []string
	err := wd.call("POST", "/execute/sync", map[string]any{"args": []any{}, "script": `
		const fs = Array.from(document.querySelectorAll('[data-testid="frame"]'));
		const texts = fs.length ? fs.map(f => f.innerText) : [document.body.innerText];
		return texts.map(t => t.replace(/\s+/g, ' ').slice(0, 400));`}, &frames)
	if err != nil {
		wd.t.Logf("page text: %v", err)
		return
	}
	for i, f := range frames {
		wd.t.Logf("frame %d: %s", i, f)
	}
}

// waitElement waits for the first element matching css.
func (wd *webDriver) waitElement(css string) string {
	wd.t.Helper()
	var id string
	wd.waitFor(css, func() bool {
		if els := wd.find(css); len(els) > 0 {
			id = els[0]
			return true
		}
		return false
	})
	return id
}

func (wd *webDriver) click(el string) {
	wd.t.Helper()
	wd.must(wd.call("POST", "/element/"+el+"/click", map[string]any{}, nil))
}

// clickWhenReady clicks the first element matching css as soon as it can
// be clicked: a frame or slide that is still sliding into place refuses
// clicks ("element not interactable") for a moment.
func (wd *webDriver) clickWhenReady(css string) {
	wd.t.Helper()
	wd.waitFor("a clickable "+css, func() bool {
		els := wd.find(css)
		if len(els) == 0 {
			return false
		}
		return wd.call("POST", "/element/"+els[0]+"/click", map[string]any{}, nil) == nil
	})
}

// clickNth clicks the i-th element matching css once it can be clicked.
func (wd *webDriver) clickNth(css string, i int) {
	wd.t.Helper()
	wd.waitFor(fmt.Sprintf("a clickable %s #%d", css, i), func() bool {
		els := wd.find(css)
		if len(els) <= i {
			return false
		}
		return wd.call("POST", "/element/"+els[i]+"/click", map[string]any{}, nil) == nil
	})
}

// replaceText selects all of an input's text and types over it. WebDriver's
// clear does not work on React-controlled inputs: React restores the value.
func (wd *webDriver) replaceText(el, text string) {
	wd.t.Helper()
	// Ctrl+A with Ctrl held until the NULL key releases it.
	wd.typeInto(el, "\uE009a\uE000"+text)
}

func (wd *webDriver) typeInto(el, text string) {
	wd.t.Helper()
	wd.must(wd.call("POST", "/element/"+el+"/value", map[string]string{"text": text}, nil))
}

// keys types text into whatever has the focus, as a keyboard would; for
// editors (Browser's is Monaco) whose hidden textarea refuses WebDriver's
// element send-keys.
func (wd *webDriver) keys(text string) {
	wd.t.Helper()
	var acts []map[string]string
	for _, r := range text {
		acts = append(acts, map[string]string{"type": "keyDown", "value": string(r)},
			map[string]string{"type": "keyUp", "value": string(r)})
	}
	wd.keyActions(acts)
}

// keyActions performs keyboard actions, in order.
func (wd *webDriver) keyActions(acts []map[string]string) {
	wd.t.Helper()
	wd.must(wd.call("POST", "/actions", map[string]any{"actions": []any{
		map[string]any{"type": "key", "id": "keyboard", "actions": acts},
	}}, nil))
}

// clearEditor selects all the focused editor holds and deletes it: a
// query a guide's slide put there, and that did not run, would otherwise
// run joined to the next one typed.
func (wd *webDriver) clearEditor() {
	wd.t.Helper()
	const control, backspace = "\uE009", "\uE003"
	acts := []map[string]string{
		{"type": "keyDown", "value": control}, {"type": "keyDown", "value": "a"},
		{"type": "keyUp", "value": "a"}, {"type": "keyUp", "value": control},
		{"type": "keyDown", "value": backspace}, {"type": "keyUp", "value": backspace},
	}
	wd.keyActions(acts)
}

// script runs JavaScript in the page and decodes its result into out.
func (wd *webDriver) script(js string, out any, args ...any) {
	wd.t.Helper()
	if args == nil {
		args = []any{}
	}
	wd.must(wd.call("POST", "/execute/sync", map[string]any{"script": js, "args": args}, out))
}

// screenshot saves the page as artifacts/e2e/NAME.png and returns the path.
func (wd *webDriver) screenshot(name string) string {
	wd.t.Helper()
	var b64 string
	if err := wd.call("GET", "/screenshot", nil, &b64); err != nil {
		wd.t.Errorf("screenshot: %v", err)
		return ""
	}
	png, err := base64.StdEncoding.DecodeString(b64)
	if err != nil {
		wd.t.Errorf("screenshot: %v", err)
		return ""
	}
	path := artifactDir + "/" + name + ".png"
	if err := os.WriteFile(path, png, 0o644); err != nil {
		wd.t.Errorf("screenshot: %v", err)
		return ""
	}
	wd.t.Logf("screenshot: %s", path)
	return path
}

func freePort(t testing.TB) int {
	t.Helper()
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	defer l.Close()
	return l.Addr().(*net.TCPAddr).Port
}

func envOr(name, def string) string {
	if v := os.Getenv(name); v != "" {
		return v
	}
	return def
}
