// Sample one-stop dossiers: drawn with realistic volumes, simulated through core's state machine and deadline
// engine up to `now`, then coded `{agency}-{yyMMdd}-{NNNN}` in submission order.
import { formatDossierCode } from "@chinhquyenso/core";
import type { Random } from "../random";
import { agencyByKey } from "../seed/maps";
import { generateCitizenId, generateEmail, generatePersonName, generatePhoneNumber } from "../seed/people";
import type { SampleAddress } from "../seed/places";
import { generateAddress } from "../seed/places";
import { FIELDS, pickProcedure, responsibleAgencyKey } from "../seed/procedures";
import { generateDossierSummary } from "../seed/texts";
import { dayOf } from "../util";
import { procedureCode } from "./catalogue";
import type { GenerationContext } from "./context";
import { ARCHETYPE_AGENCY, ARCHETYPES, archetypeProcedures } from "./dossier-archetypes";
import { drawPlan } from "./dossier-plan";
import { type SimulationResult, simulateDossier } from "./dossier-simulation";
import { buildFees } from "./fees";
import type { ApiPerson, DossierRecord } from "./types";

/** A record before it is coded (codes follow submission order), with what its fees are built from. */
interface Draft {
  readonly record: { -readonly [K in keyof DossierRecord]: DossierRecord[K] };
  readonly paymentRequest: SimulationResult["paymentRequest"];
  readonly sim: Pick<SimulationResult, "receivedAt">;
}

function drawPerson(
  random: Random,
  address: SampleAddress,
): { person: ApiPerson; name: ReturnType<typeof generatePersonName> } {
  const name = generatePersonName(random);
  const person: ApiPerson = {
    fullName: name.full,
    citizenId: generateCitizenId(random, { gender: name.gender, birthYear: random.int(1950, 2005) }),
    phone: generatePhoneNumber(random),
    address: address.full,
  };
  if (random.next() < 0.4) person.email = generateEmail(random, name);
  return { person, name };
}

function draftDossier(context: GenerationContext, random: Random, seedIndex: number): Draft {
  const archetype = seedIndex < ARCHETYPES.length ? ARCHETYPES[seedIndex] : undefined;
  const procedure = archetype
    ? random.pick(archetypeProcedures(archetype, context.map))
    : pickProcedure(random, context.map);
  const address = generateAddress(
    random,
    archetype ? { map: context.map, locality: "thu_dau_mot" } : { map: context.map },
  );
  const agencyKey = archetype
    ? ARCHETYPE_AGENCY
    : responsibleAgencyKey(procedure, address.locality.key, context.map);
  const caseIndex = archetype ? 0 : random.int(0, procedure.cases.length - 1);
  const chosenCase = procedure.cases[caseIndex] ?? procedure.cases[0];
  const { person: applicant, name } = drawPerson(random, address);
  const representative =
    random.next() < 0.1 ? drawPerson(random, generateAddress(random, { map: context.map })).person : null;
  const plan = archetype
    ? archetype.plan(context, procedure)
    : drawPlan(
        random,
        context,
        procedure,
        chosenCase.duration,
        chosenCase.feeVnd,
        agencyKey === ARCHETYPE_AGENCY,
      );
  const summary = generateDossierSummary(random, procedure, {
    applicant: name,
    address,
    submittedAt: new Date(plan.submittedAt),
    map: context.map,
  });
  const sim = simulateDossier(context, random, {
    agencyKey,
    duration: chosenCase.duration,
    feeVnd: chosenCase.feeVnd,
    resultNotation: `QĐ-${agencyByKey(agencyKey, context.map).notationCode}`,
    plan,
  });
  const agency = context.agencies.get(agencyKey);
  if (!agency) throw new Error(`no agency ${agencyKey}`);
  return {
    paymentRequest: sim.paymentRequest,
    sim: { receivedAt: sim.receivedAt },
    record: {
      code: "",
      seedIndex,
      procedureCode: procedureCode(procedure, agency.code),
      procedureName: procedure.name,
      caseName: chosenCase.name,
      fieldName: FIELDS[procedure.field].vi,
      agencyKey,
      agencyCode: agency.code,
      agencyName: agency.name,
      channel: plan.channel,
      returnByPost: plan.returnByPost,
      applicant,
      representative,
      summary,
      duration: chosenCase.duration,
      feeVnd: chosenCase.feeVnd,
      status: sim.status,
      submittedAt: plan.submittedAt,
      receivedAt: sim.receivedAt,
      finishedAt: sim.finishedAt,
      returnedAt: sim.returnedAt,
      pauses: sim.pauses,
      dueMs: sim.dueMs,
      assigneeId: sim.assigneeId,
      supplementRequest: sim.supplementRequest,
      refusalReason: sim.refusalReason,
      result: sim.result,
      history: sim.history,
      fees: [],
      paymentRequests: [],
      attachments: null,
      apologyLetter: null,
      version: 1,
      updatedAt: sim.updatedAt,
    },
  };
}

export function generateDossiers(context: GenerationContext): DossierRecord[] {
  const random = context.random("dossiers");
  const drafts: Draft[] = [];
  for (let index = 0; index < context.options.size; index++)
    drafts.push(draftDossier(context, random, index));
  drafts.sort(
    (a, b) => a.record.submittedAt - b.record.submittedAt || a.record.seedIndex - b.record.seedIndex,
  );

  const sequences = new Map<string, number>();
  let payments = 0;
  let receipts = 0;
  const ids = {
    nextPayment: () => `pay_${String(++payments).padStart(5, "0")}`,
    nextReceipt: () => `rcp_${String(++receipts).padStart(5, "0")}`,
  };
  return drafts.map(({ record, paymentRequest, sim }): DossierRecord => {
    const dayKey = `${record.agencyCode}|${dayOf(record.submittedAt)}`;
    const sequence = (sequences.get(dayKey) ?? 0) + 1;
    sequences.set(dayKey, sequence);
    record.code = formatDossierCode({
      agency: record.agencyCode,
      date: new Date(record.submittedAt),
      sequence,
    });
    const { fees, paymentRequests } = buildFees(
      record.code,
      record.caseName,
      record.feeVnd,
      { ...sim, paymentRequest },
      ids,
      context.nowMs,
    );
    record.fees = fees;
    record.paymentRequests = paymentRequests;
    return record;
  });
}
