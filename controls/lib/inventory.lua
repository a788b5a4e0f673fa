-- SPDX-License-Identifier: MIT
-- Credential and integration inventories (API tokens, OAuth clients and tokens): names that
-- say nothing, names used twice, and ages in days relative to the snapshot's collection time.
local M = {}

-- norm(name): lower case, inner spaces collapsed, surrounding spaces, digits and punctuation
-- dropped ("Test 2" and "test" are the same name).
function M.norm(name)
  if type(name) ~= "string" then
    return ""
  end
  local s = string.lower(name)
  s = string.gsub(s, "%s+", " ")
  s = string.gsub(s, "^[%s%d%p]+", "")
  s = string.gsub(s, "[%s%d%p]+$", "")
  return s
end

-- generic(name, list) -> true when the name is empty or one of `list` (normalised).
function M.generic(name, list)
  local n = M.norm(name)
  if n == "" then
    return true
  end
  for _, g in ipairs(list or {}) do
    if n == M.norm(g) then
      return true
    end
  end
  return false
end

-- duplicates(items, field) -> {[normalised name] = {item, ...}} for names used more than once
-- (empty names excluded; they are reported as generic).
function M.duplicates(items, field)
  local seen, dup = {}, {}
  for _, it in ipairs(items or {}) do
    local n = M.norm(zd.str(zd.get(it, field)))
    if n ~= "" then
      seen[n] = seen[n] or {}
      local l = seen[n]
      l[#l + 1] = it
    end
  end
  for n, l in pairs(seen) do
    if #l > 1 then
      dup[n] = l
    end
  end
  return dup
end

-- age_days(ts, now) -> whole days from the ISO 8601 time `ts` to `now`, or nil.
function M.age_days(ts, now)
  local t = zd.time(zd.str(ts))
  if t == nil or now == nil then
    return nil
  end
  return (now - t) // 86400
end

-- each_duplicate(items, field, fn): calls fn(item) for every item whose `field` names
-- another item too (normalised), grouped by name in sorted order, so reports are stable.
function M.each_duplicate(items, field, fn)
  local dups = M.duplicates(items, field)
  for _, n in ipairs(M.sorted_keys(dups)) do
    for _, it in ipairs(dups[n]) do
      fn(it)
    end
  end
end

-- unused(used, now, stale) -> nil when the credential was last used (ISO 8601 `used`) within
-- `stale` days; otherwise actual, expected, what for the finding: never used (or no readable
-- date) or unused for more than `stale` days (the stale_token_days rule).
function M.unused(used, now, stale)
  local idle = M.age_days(used, now)
  local expected = "used within " .. stale .. " days"
  if idle == nil then
    return "never", expected, "has never been used"
  elseif idle > stale then
    return used, expected, "is unused for " .. idle .. " days"
  end
  return nil
end

-- sorted_keys(t): keys of a table in order, for stable output.
function M.sorted_keys(t)
  local k = {}
  for n in pairs(t) do
    k[#k + 1] = n
  end
  table.sort(k)
  return k
end

return M
