-- SPDX-License-Identifier: MIT
-- mail.lua — support addresses (GET /api/v2/recipient_addresses), shared by the advisory e-mail
-- checks: which addresses are on the subscriber's own domain (where forwarding, SPF, CNAME and
-- DKIM records are the subscriber's to set) and what their verification fields say.
-- Fields and values: developer.zendesk.com "Support Addresses" > JSON format: forwarding_status
-- "unknown" | "waiting" | "verified" | "failed"; spf_status, cname_status ("whether all of the
-- required CNAME records are set") and domain_verification_status "unknown" | "verified" |
-- "failed". A Zendesk address is {local-part}@{account}.zendesk.com; the reference's own example
-- of one has forwarding_status "unknown", so these fields say nothing about Zendesk addresses.
local shape = require "shape"
local M = {}

M.STATUS_FIELDS = { "forwarding_status", "spf_status", "cname_status",
                    "domain_verification_status" }
local KNOWN = {
  forwarding_status = { unknown = true, waiting = true, verified = true, failed = true },
  spf_status = { unknown = true, verified = true, failed = true },
  cname_status = { unknown = true, verified = true, failed = true },
  domain_verification_status = { unknown = true, verified = true, failed = true },
}

M.SPEC = { id = "id!", email = "string!", name = "string", forwarding_status = "string",
           spf_status = "string", cname_status = "string",
           domain_verification_status = "string" }

-- domain(address) -> the lower-case domain of an e-mail address, or nil when it has none.
function M.domain(email)
  local d = email and email:match("^[^@]+@([^@%s]+)$")
  return d and d:lower() or nil
end

-- on_zendesk(domain) -> true for Zendesk's own domain (account.zendesk.com).
function M.on_zendesk(domain)
  return domain == "zendesk.com" or domain:sub(-12) == ".zendesk.com"
end

-- object(address) -> the evidence object naming an address (no local part: only its domain).
function M.object(a)
  return { type = "recipient_address", id = zd.get(a, "id"),
           title = (zd.str(zd.get(a, "name")) or "support address") .. " (@"
             .. (M.domain(zd.str(zd.get(a, "email"))) or "?") .. ")" }
end

-- external(snap) -> the addresses on the subscriber's own domains, the number on Zendesk's, or
-- nil plus an `error` result: the list is missing, empty (every account has its default
-- address), holds items that cannot be read, an address without a domain, or a status word
-- Zendesk does not document.
function M.external(snap)
  local items = zd.items(snap, "recipient_addresses")
  if items == nil then
    return nil, zd.error("The support addresses were not read ("
      .. zd.state("recipient_addresses").reason .. ").", {})
  end
  if #items == 0 then
    return nil, zd.error("The support-address list is empty, yet every account has its default "
      .. "address: the response cannot be used.", { { endpoint = "recipient_addresses",
      note = "empty list" } })
  end
  local bad = shape.list(items, "recipient_addresses", M.SPEC)
  if bad then return nil, shape.error(bad) end
  local out, zendesk = {}, 0
  for _, a in ipairs(items) do
    local d = M.domain(zd.str(a.email))
    if not d then
      return nil, shape.error("support address " .. tostring(zd.get(a, "id"))
        .. " has no e-mail domain")
    end
    for _, f in ipairs(M.STATUS_FIELDS) do
      local v = zd.str(zd.get(a, f))
      if v and not KNOWN[f][v] then
        return nil, shape.error("support address " .. tostring(zd.get(a, "id")) .. ": " .. f
          .. " is not a value Zendesk documents")
      end
    end
    if M.on_zendesk(d) then zendesk = zendesk + 1 else out[#out + 1] = a end
  end
  return out, zendesk
end

-- own(snap, what) -> the addresses on the subscriber's own domains, or nil plus the result to
-- return: an `error` (see external) or, when every address is Zendesk's, `not_applicable`
-- saying there is nothing of the subscriber's 'what' ("forwarding, SPF or CNAME record ... to
-- verify").
function M.own(snap, what)
  local ext, zendesk = M.external(snap)
  if ext == nil then return nil, zendesk end
  if #ext == 0 then
    return nil, zd.na("Every support address (" .. zendesk .. ") is on Zendesk's own domain: "
      .. "there is no " .. what .. ".",
      { { endpoint = "recipient_addresses", note = zendesk .. " Zendesk address(es), none on "
          .. "your own domain" } })
  end
  return ext
end

return M
