-- SPDX-License-Identifier: MIT
-- shape.lua — "never decide on unusable data": checks that the items a control reads have the
-- JSON types it reads them as, so a wrong-typed item (a trigger whose actions is an object, a
-- brand whose host_mapping is a number) makes the control `error` instead of being read as
-- "not set". Absent and null fields pass unless the spec marks them required ("!").
local M = {}

local function ok(v, want)
  if want == "any" then return true end
  if want == "string" then return zd.str(v) ~= nil end
  if want == "boolean" then return zd.bool(v) ~= nil end
  if want == "integer" then return zd.int(v) ~= nil end
  if want == "id" then return zd.int(v) ~= nil or zd.str(v) ~= nil end
  return zd.type(v) == want       -- "array", "object", "number"
end

-- field(item, name, want) -> nil when 'item.name' fits 'want' ("string", "boolean" (also
-- "true"/"false"), "integer", "id", "array", "object", "number", "any"; a trailing "!" makes
-- it required), else a phrase saying what is wrong.
function M.field(item, name, want)
  local required = want:sub(-1) == "!"
  if required then want = want:sub(1, -2) end
  if zd.type(item) ~= "object" then return "is " .. zd.type(item) .. ", not an object" end
  local v = item[name]
  if v == nil or v == zd.null then
    return required and (name .. " is " .. ((v == nil) and "absent" or "null")) or nil
  end
  if ok(v, want) then return nil end
  return name .. " is " .. zd.type(v) .. ", not " .. want
end

-- item(item, spec) -> the first problem of 'item' against spec {name = want, ...} (checked in
-- name order, so the message is stable), or nil.
-- spec as {name, want, required} in name order: worked out once per list, not per item.
local function compiled(spec)
  local names = {}
  for k in pairs(spec) do names[#names + 1] = k end
  table.sort(names)
  local out = {}
  for i, k in ipairs(names) do
    local want = spec[k]
    local required = want:sub(-1) == "!"
    out[i] = { k, required and want:sub(1, -2) or want, required }
  end
  return out
end

-- M.item with a compiled spec (the same answers as M.field in name order).
local function first_problem(item, fields)
  if #fields == 0 then return nil end
  local t = zd.type(item)
  if t ~= "object" then return "is " .. t .. ", not an object" end
  for _, f in ipairs(fields) do
    local name, want = f[1], f[2]
    local v = item[name]
    if v == nil or v == zd.null then
      if f[3] then return name .. " is " .. ((v == nil) and "absent" or "null") end
    elseif not ok(v, want) then
      return name .. " is " .. zd.type(v) .. ", not " .. want
    end
  end
  return nil
end

function M.item(item, spec)
  return first_problem(item, compiled(spec))
end

-- list(items, key, spec [, label]) -> a sentence naming the first item of endpoint 'key' that
-- does not fit 'spec' and how many do not, or nil when all fit (or items is nil). 'label(item)'
-- names an item (default: its id).
-- (A snapshot list is checked in C, zd.shape, with the same answers: this runs on every
-- article, user and rule.)
function M.list(items, key, spec, label)
  if items == nil then return nil end
  local fields = compiled(spec)
  local n, i, why = zd.shape(items, fields)
  if n == nil then
    n = 0
    for j, it in ipairs(items) do
      local w = first_problem(it, fields)
      if w then
        n = n + 1
        if i == nil then i, why = j, w end
      end
    end
  end
  if n == 0 then return nil end
  local it = items[i]
  local name = (zd.type(it) == "object") and (label and label(it)
    or (it.id ~= nil and tostring(zd.int(it.id) or zd.str(it.id)) or nil)) or nil
  local first = "item " .. i .. (name and (" (" .. name .. ")") or "") .. ": " .. why
  return n .. " item(s) of the '" .. key .. "' list cannot be read as needed, e.g. " .. first
end

-- error(sentence) -> the result for unusable data.
function M.error(why)
  return zd.error(why .. "; nothing is decided from a malformed response.",
    { { note = why } })
end

return M
