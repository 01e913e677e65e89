UNWIND $ids AS id
MATCH (a:Article {id: id})
RETURN {{template "article" "a"}} AS article
LIMIT $first
