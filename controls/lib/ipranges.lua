-- SPDX-License-Identifier: MIT
-- IPv4 allow-lists as Zendesk writes them (security_settings ip.ip_ranges: space-separated
-- addresses, "*" wildcards, CIDR) and as the subscriber declares its own ranges: parsing,
-- breadth, and whether one range lies inside another.
local M = {}

local function octets(s)
  local a, b, c, d = string.match(s, "^(%d+)%.(%d+)%.(%d+)%.(%d+)$")
  if not a then
    return nil
  end
  local v = 0
  for _, o in ipairs({ a, b, c, d }) do
    local n = tonumber(o)
    if n == nil or n > 255 then
      return nil
    end
    v = v * 256 + n
  end
  return v
end

-- parse(item) -> {lo=, hi=, text=} or nil. Accepts a.b.c.d, a.b.c.d/n (1..32) and trailing
-- "*" octets (10.1.*.*).
function M.parse(item)
  local addr, bits = string.match(item, "^([%d%.%*]+)/(%d+)$")
  if addr then
    local v = octets(addr)
    local n = tonumber(bits)
    if v == nil or n == nil or n < 1 or n > 32 then
      return nil
    end
    local size = 1 << (32 - n)
    local lo = v - (v % size)
    return { lo = lo, hi = lo + size - 1, text = item, bits = n }
  end
  local parts = {}
  for p in string.gmatch(item, "[^%.]+") do
    parts[#parts + 1] = p
  end
  if #parts ~= 4 then
    return nil
  end
  local lo, hi, wild = 0, 0, 0
  for i, p in ipairs(parts) do
    if p == "*" then
      wild = wild + 1
      lo, hi = lo * 256, hi * 256 + 255
    else
      local n = tonumber(p)
      if wild > 0 or n == nil or n > 255 or not string.match(p, "^%d+$") then
        return nil
      end
      lo, hi = lo * 256 + n, hi * 256 + n
    end
  end
  return { lo = lo, hi = hi, text = item, bits = 32 - 8 * wild }
end

-- split(s) -> parsed ranges, bad items.
function M.split(s)
  local ok, bad = {}, {}
  if type(s) ~= "string" then
    return ok, bad
  end
  for item in string.gmatch(s, "[^%s,]+") do
    local r = M.parse(item)
    if r then
      ok[#ok + 1] = r
    else
      bad[#bad + 1] = item
    end
  end
  return ok, bad
end

-- inside(r, list) -> true when range r lies within one range of `list`.
function M.inside(r, list)
  for _, o in ipairs(list) do
    if r.lo >= o.lo and r.hi <= o.hi then
      return true
    end
  end
  return false
end

-- M.broad_bits: a range with fewer fixed bits than this (a /7 or wider, "*.*.*.*") is broader
-- than any one organisation's address space and makes the restriction meaningless.
M.broad_bits = 8

return M
