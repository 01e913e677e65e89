UNWIND $ids AS id
MATCH (v:Event {id: id})
RETURN {{template "event" "v"}} AS event
LIMIT $first
