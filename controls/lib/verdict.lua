-- SPDX-License-Identifier: MIT
-- verdict.lua — small helpers for honest results: a missing endpoint with a hint saying what
-- would let zdaudit decide (skipped => manual, anything else => error, never pass), URL
-- origins that are safe to show in evidence, and short lists and counts for details.
local M = {}

-- The result for a check that cannot decide without 'key': manual when the endpoint was
-- deliberately skipped (with 'hint' saying what would let zdaudit decide), else error.
-- Never pass: the engine's sentence for the endpoint says what went wrong.
function M.missing(key, hint, evidence)
  local st = zd.state(key)
  if st.outcome == "skipped" then
    return zd.manual(st.reason .. ". " .. (hint or "A person must check this."), evidence)
  end
  return M.error(st.reason .. ", so this cannot be decided.", evidence)
end

-- zd.error with an evidence table always passed: the engine's zd.error(details) called
-- with one argument stores the result table as its own evidence (a cycle); see the report
-- of issue #3. Evidence also helps a person see what was read.
function M.error(details, evidence)
  return zd.error(details, evidence or {})
end

-- malformed(key, items) -> a sentence when an item of the list of endpoint 'key' is not a
-- JSON object (a malformed response the controls cannot read), else nil.
-- (zd.nonobject walks a snapshot list in C: this runs on every list, for many controls.)
function M.malformed(key, items)
  local i, t
  if zd.type(items) == "array" then
    i, t = zd.nonobject(items)
  else
    for j, it in ipairs(items or {}) do
      if zd.type(it) ~= "object" then
        i, t = j, zd.type(it)
        break
      end
    end
  end
  if i then
    return "item " .. i .. " of the '" .. key .. "' list is " .. t
      .. ", not an object (malformed response)"
  end
  return nil
end

-- "scheme://host[:port]" of a URL, without user info, path, query or fragment (those may
-- carry tokens); nil when 's' is not an absolute URL.
function M.origin(s)
  s = zd.str(s)
  if s == nil then return nil end
  local scheme, rest = s:match("^%s*(%a[%w+.-]*)://(.*)$")
  if scheme == nil then return nil end
  local authority = rest:match("^([^/?#]*)")
  local host = authority:gsub("^.*@", "")
  return scheme:lower() .. "://" .. host
end

-- True when 's' is an https:// URL with a host.
function M.is_https(s)
  local o = M.origin(s)
  return o ~= nil and o:match("^https://[^:/]") ~= nil
end

-- Joins up to 'max' strings of 'list' with ", ", adding "and N more" beyond that.
function M.list(list, max)
  max = max or 5
  local shown = {}
  for i = 1, math.min(#list, max) do shown[i] = list[i] end
  local s = table.concat(shown, ", ")
  if #list > max then
    s = s .. " and " .. (#list - max) .. " more"
  end
  return s
end

-- "1 thing" / "2 things".
function M.count(n, one, many)
  return tostring(n) .. " " .. ((n == 1) and one or (many or (one .. "s")))
end

-- The verb form for a count: agree(1, "has", "have") -> "has".
function M.agree(n, one, many)
  return (n == 1) and one or many
end

return M
