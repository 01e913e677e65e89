package server

import (
	"embed"
	"net/http"
)

// GraphiQL 3.8.3, React 18.3.1 and ReactDOM 18.3.1, the UMD builds from
// their npm packages (MIT; the licences are beside them), are embedded so
// that the page works with no CDN in reach.
//
//go:embed static
var static embed.FS

const graphiqlPage = `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>polgraph GraphiQL</title>
<link rel="stylesheet" href="/static/graphiql.min.css">
<style>body { margin: 0; height: 100vh; } #graphiql { height: 100vh; }</style>
</head>
<body>
<div id="graphiql">Loading…</div>
<script src="/static/react.production.min.js"></script>
<script src="/static/react-dom.production.min.js"></script>
<script src="/static/graphiql.min.js"></script>
<script>
const fetcher = GraphiQL.createFetcher({ url: '/graphql' });
ReactDOM.createRoot(document.getElementById('graphiql')).render(
  React.createElement(GraphiQL, {
    fetcher,
    defaultEditorToolsVisibility: true,
    defaultQuery: '# Mutations need the API token: add {"Authorization": "Bearer …"} under Headers.\n{\n  search(text: "trudeau", first: 5) {\n    edges { score node { id name kind } }\n  }\n}\n',
  }),
);
</script>
</body>
</html>
`

func serveGraphiQL(w http.ResponseWriter, r *http.Request) {
	w.Header().Set("Content-Type", "text/html; charset=utf-8")
	w.Write([]byte(graphiqlPage))
}

func staticHandler() http.Handler {
	fs := http.FileServerFS(static)
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		// The files change only with the binary.
		w.Header().Set("Cache-Control", "public, max-age=86400")
		fs.ServeHTTP(w, r)
	})
}
