-- SPDX-License-Identifier: MIT
-- Customer-satisfaction surveys sent by business rules: which active notifications carry the
-- legacy survey placeholders or the new survey link, and what else their text exposes.
local P = require "placeholders"
local R = require "rules"
local M = {}

-- senders(snap, dc) -> senders, opaque. `senders`: array of {n=notification, legacy={path...},
-- survey=bool, body=findings, subject=findings} for every active trigger/automation
-- notification that mentions a satisfaction placeholder. `opaque`: array of {n=, names={dc...}}
-- for active notifications whose text uses dynamic content that could not be read (`dc` nil):
-- any of them may send a survey, or send more than the link, without the rule text showing it.
-- `dc` is a dc_index, or nil when dynamic content was not collected.
function M.senders(snap, dc)
  local out, opaque = {}, {}
  local all = {}
  for _, n in ipairs(R.notifications_of(snap, "automations", "automation")) do
    all[#all + 1] = n
  end
  for _, n in ipairs(R.notifications_of(snap, "triggers", "trigger")) do
    all[#all + 1] = n
  end
  for _, n in ipairs(all) do
    local body, ub = P.expand(n.body, dc)
    local subject, us = P.expand(n.subject, dc)
    if dc == nil and #ub + #us > 0 then
      local names = {}
      for _, u in ipairs(ub) do names[#names + 1] = u end
      for _, u in ipairs(us) do names[#names + 1] = u end
      opaque[#opaque + 1] = { n = n, names = names }
    end
    local legacy, survey = {}, false
    for _, f in ipairs(body) do
      if f.class == "csat_legacy" then
        legacy[#legacy + 1] = f.path
      elseif f.class == "csat_survey" then
        survey = true
      end
    end
    if #legacy > 0 or survey then
      out[#out + 1] = { n = n, legacy = legacy, survey = survey, body = body, subject = subject }
    end
  end
  return out, opaque
end

-- senders_of(snap) -> senders(snap, placeholders.dc_of(snap)), worked out once per run
-- (zd.shared; read-only) for the CSAT controls.
function M.senders_of(snap)
  return zd.shared("csat.senders_of", function()
    return M.senders(snap, P.dc_of(snap))
  end)
end

-- opaque_note(opaque) -> "trigger 1 \"x\" ({{dc.a}}), ..." naming the rules and placeholders.
function M.opaque_note(opaque)
  local parts = {}
  for i, o in ipairs(opaque) do
    if i > 5 then
      parts[#parts + 1] = "and " .. (#opaque - 5) .. " more"
      break
    end
    parts[#parts + 1] = o.n.kind .. " " .. tostring(zd.get(o.n.rule, "id")) .. " \""
      .. (zd.str(zd.get(o.n.rule, "title")) or "") .. "\" ({{" .. table.concat(o.names, "}}, {{") .. "}})"
  end
  return table.concat(parts, ", ")
end

return M
