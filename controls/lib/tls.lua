-- SPDX-License-Identifier: MIT
-- TLS on host-mapped brands (ZD.SUP.2, ZD.GEN.13.5): every active brand served on its own
-- domain must answer a TLS handshake with a trusted, unexpired certificate naming the host.
-- The collector's tls_probes are the evidence; the API itself does not expose certificates.
local data = require "data"
local shape = require "shape"
local M = {}

local function lower(s)
  return s and string.lower(s) or nil
end

-- host_mapped(brands) -> array of {brand=, host=} for active, non-deleted brands with a
-- host_mapping.
function M.host_mapped(brands)
  local out = {}
  for _, b in ipairs(brands) do
    local host = zd.str(zd.get(b, "host_mapping"))
    if host and host ~= "" and zd.bool(zd.get(b, "active")) ~= false
        and zd.bool(zd.get(b, "is_deleted")) ~= true then
      out[#out + 1] = { brand = b, host = lower(host) }
    end
  end
  return out
end

local function find_probe(probes, brand, host)
  local id = zd.int(zd.get(brand, "id"))
  for _, p in ipairs(probes) do
    local pid = zd.int(zd.get(p, "brand_id"))
    if (pid ~= nil and pid == id) or lower(zd.str(zd.get(p, "host"))) == host then
      return p
    end
  end
  return nil
end

local function cname_note(checks, brand)
  if checks == nil then
    return nil
  end
  local id = zd.int(zd.get(brand, "id"))
  for _, c in ipairs(checks) do
    if zd.int(zd.get(c, "brand_id")) == id then
      if zd.bool(zd.get(c, "is_valid")) == false then
        return "CNAME check failed (" .. (zd.str(zd.get(c, "reason")) or "is_valid false") .. ")"
      end
      return nil
    end
  end
  return nil
end

-- evaluate(snap, ctx) -> status, details, evidence
-- The fields the TLS reading depends on, per endpoint. Required ("!"): what every such object
-- has (Brands reference: id; Check Host Mapping Validity answers is_valid, and the collector
-- stamps brand_id), so an item without them is unusable, never "not mapped".
local SHAPES = {
  brands = { host_mapping = "string", active = "boolean", is_deleted = "boolean", id = "id!" },
  host_mapping_checks = { brand_id = "id!", is_valid = "boolean!", reason = "string" },
  tls_probes = { ok = "boolean", verified = "boolean", name_matches = "boolean",
                 host = "string", not_before = "string", not_after = "string" },
}

function M.evaluate(snap, ctx)
  for _, key in ipairs({ "brands", "host_mapping_checks", "tls_probes" }) do
    local bad = shape.list(zd.items(snap, key), key, SHAPES[key])
    if bad then
      return "error", bad .. "; nothing is decided from a malformed response.", { { note = bad } }
    end
  end
  local brands, why = data.list(snap, "brands")
  if brands == nil then
    return "error", "Brands could not be read: " .. why .. "."
  end
  local mapped = M.host_mapped(brands)
  if #mapped == 0 and data.truncated("brands") then
    return "manual", "No host-mapped brand in the part of the brand list that was collected, but "
        .. "the list was truncated: check Admin Center > Account > Brand management > Brands for "
        .. "host-mapped brands.", { { endpoint = "brands", note = "list truncated" } }
  end
  if #mapped == 0 then
    return "not_applicable", "No active brand is host-mapped; every brand is served on "
        .. "zendesk.com, whose TLS Zendesk provides.", { { endpoint = "brands", field = "host_mapping", actual = "null on every brand" } }
  end
  local pst = zd.state("tls_probes")
  local probes = zd.items(snap, "tls_probes")
  if probes == nil and (pst.outcome == "http_error" or pst.outcome == "error") then
    return "error", "The TLS probes of the host-mapped brands failed: " .. pst.reason .. "."
  end
  local checks = zd.items(snap, "host_mapping_checks")
  local warn_days = ctx.params.cert_expiry_warning_days or 30
  local failed, unknown, good, ev = {}, {}, {}, {}
  for _, m in ipairs(mapped) do
    local obj = data.object("brand", m.brand)
    local p = probes and find_probe(probes, m.brand, m.host)
    local problem, note
    if p == nil then
      unknown[#unknown + 1] = m.host
      note = probes and "no TLS probe for this host" or "TLS probes not collected"
    elseif zd.bool(zd.get(p, "ok")) ~= true then
      problem = "TLS handshake failed" .. (zd.str(zd.get(p, "error")) and (": " .. zd.get(p, "error")) or "")
    elseif zd.bool(zd.get(p, "verified")) ~= true then
      problem = "certificate not trusted (verified false)"
    elseif zd.bool(zd.get(p, "name_matches")) ~= true then
      problem = "certificate does not name the host (name_matches false)"
    else
      local nb, na = zd.time(zd.str(zd.get(p, "not_before"))), zd.time(zd.str(zd.get(p, "not_after")))
      if na == nil or nb == nil then
        unknown[#unknown + 1] = m.host
        note = "probe lacks the certificate's validity dates"
      elseif na < ctx.now then
        problem = "certificate expired on " .. zd.get(p, "not_after")
      elseif nb > ctx.now then
        problem = "certificate not valid before " .. zd.get(p, "not_before")
      else
        local days = (na - ctx.now) // 86400
        note = "valid until " .. zd.get(p, "not_after")
        if days < warn_days then
          note = note .. " (expires in " .. days .. " days: renew)"
        end
        good[#good + 1] = m.host
      end
    end
    local cn = cname_note(checks, m.brand)
    if cn then
      note = (note and (note .. "; ") or "") .. cn
    end
    if problem then
      failed[#failed + 1] = m.host .. ": " .. problem
    end
    ev[#ev + 1] = {
      endpoint = "tls_probes", object = obj, field = "host_mapping", actual = m.host,
      expected = "TLS with a trusted, unexpired certificate naming the host",
      note = problem and (problem .. (note and ("; " .. note) or "")) or note,
    }
  end
  if #failed > 0 then
    return "fail", "Hosted SSL is broken on " .. #failed .. " host-mapped brand(s): "
        .. table.concat(failed, "; ") .. ".", ev
  end
  if #unknown > 0 then
    return "manual", "No usable TLS probe for " .. table.concat(unknown, ", ")
        .. ": confirm in Admin Center (Account > Brand management > Brands > Host mapping) that "
        .. "Hosted SSL is on and the certificate is valid.", ev
  end
  return "pass", "Every host-mapped brand (" .. table.concat(good, ", ") .. ") serves TLS with "
      .. "a trusted, unexpired certificate that names the host.", ev
end

return M
