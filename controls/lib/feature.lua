-- SPDX-License-Identifier: MIT
-- feature.lua — the common shape of controls a person must check while a product is on:
-- not applicable only when the snapshot proves the product off, manual otherwise (also when
-- the data saying so is missing, since the question stands either way).
local M = {}

-- ask_unless_off(snap, key, product, probe, ask): probe(body) returns "off", "on" or
-- "unknown" plus evidence, for the body of endpoint 'key'; 'product' names it in details.
function M.ask_unless_off(snap, key, product, probe, ask)
  local body = snap[key]
  if body == nil then
    local reason = zd.state(key).reason
    return zd.manual(reason .. ", so " .. product .. " may be in use; " .. ask,
      { { endpoint = key, note = reason } })
  end
  local state, ev = probe(body)
  if state == "bad" then
    return zd.error("The switch that says whether " .. product .. " is on has the wrong type "
      .. "(malformed response), so this is not decided.", ev)
  end
  if state == "off" then
    return zd.na(product .. " is off for this account.", ev)
  end
  if state == "on" then
    return zd.manual(product .. " is on; " .. ask, ev)
  end
  return zd.manual("Whether " .. product .. " is on is not reported; " .. ask, ev)
end

-- flag(key, path): a probe for a product switched by one boolean at 'path' of endpoint 'key'
-- (false => off, true => on, absent or null => unknown, a value that is not a boolean or a
-- path through a non-object => bad: wrong-shaped data, which callers report as an error).
function M.flag(key, path)
  return function(body)
    local v, how = zd.get(body, path)
    local b = zd.bool(v)
    local ev = { { endpoint = key, field = path, actual = v or how } }
    if b == false then return "off", ev end
    if b == true then return "on", ev end
    if how == "mistyped" or v ~= nil then return "bad", ev end
    return "unknown", ev
  end
end

return M
