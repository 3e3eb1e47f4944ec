// Sample one-stop dossiers: drawn with realistic volumes, simulated through core's state machine and deadline
// engine up to `now`, then coded `{agency}-{yyMMdd}-{NNNN}` in submission order.
import { formatDossierCode } from "@chinhquyenso/core";
import type { Random } from "../random";
import { type AgencyKey, agencyByKey } from "../seed/agencies";
import { generateCitizenId, generateEmail, generatePersonName, generatePhoneNumber } from "../seed/people";
import type { SampleAddress } from "../seed/places";
import { generateAddress } from "../seed/places";
import { FIELDS, type Procedure, pickProcedure, responsibleAgencyKey } from "../seed/procedures";
import { generateDossierSummary } from "../seed/texts";
import { dayOf } from "../util";
import { procedureCode } from "./catalogue";
import type { GenerationContext } from "./context";
import { ARCHETYPE_AGENCY, ARCHETYPES, archetypeProcedures } from "./dossier-archetypes";
import { type DossierPlan, drawPlan } from "./dossier-plan";
import { buildFees, type SimulationResult, simulateDossier } from "./dossier-simulation";
import type { ApiPerson, DossierRecord } from "./types";

interface Draft {
  readonly seedIndex: number;
  readonly procedure: Procedure;
  readonly caseIndex: number;
  readonly agencyKey: AgencyKey;
  readonly applicant: ApiPerson;
  readonly representative: ApiPerson | null;
  readonly summary: string;
  readonly plan: DossierPlan;
  readonly sim: SimulationResult;
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
  const procedure = archetype ? random.pick(archetypeProcedures(archetype)) : pickProcedure(random);
  const address = generateAddress(random, archetype ? { district: "thu_dau_mot" } : {});
  const agencyKey = archetype ? ARCHETYPE_AGENCY : responsibleAgencyKey(procedure, address.district.key);
  const caseIndex = archetype ? 0 : random.int(0, procedure.cases.length - 1);
  const chosenCase = procedure.cases[caseIndex] ?? procedure.cases[0];
  const { person: applicant, name } = drawPerson(random, address);
  const representative = random.next() < 0.1 ? drawPerson(random, generateAddress(random)).person : null;
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
  });
  const sim = simulateDossier(context, random, {
    agencyKey,
    duration: chosenCase.duration,
    feeVnd: chosenCase.feeVnd,
    resultNotation: `QĐ-${agencyByKey(agencyKey).notationCode}`,
    plan,
  });
  return { seedIndex, procedure, caseIndex, agencyKey, applicant, representative, summary, plan, sim };
}

export function generateDossiers(context: GenerationContext): DossierRecord[] {
  const random = context.random("dossiers");
  const drafts: Draft[] = [];
  for (let index = 0; index < context.options.size; index++)
    drafts.push(draftDossier(context, random, index));
  drafts.sort((a, b) => a.plan.submittedAt - b.plan.submittedAt || a.seedIndex - b.seedIndex);

  const sequences = new Map<string, number>();
  let payments = 0;
  let receipts = 0;
  const ids = {
    nextPayment: () => `pay_${String(++payments).padStart(5, "0")}`,
    nextReceipt: () => `rcp_${String(++receipts).padStart(5, "0")}`,
  };
  return drafts.map((draft): DossierRecord => {
    const agency = context.agencies.get(draft.agencyKey);
    if (!agency) throw new Error(`no agency ${draft.agencyKey}`);
    const date = new Date(draft.plan.submittedAt);
    const dayKey = `${agency.code}|${dayOf(draft.plan.submittedAt)}`;
    const sequence = (sequences.get(dayKey) ?? 0) + 1;
    sequences.set(dayKey, sequence);
    const code = formatDossierCode({ agency: agency.code, date, sequence });
    const chosenCase = draft.procedure.cases[draft.caseIndex] ?? draft.procedure.cases[0];
    const { sim } = draft;
    const { fees, paymentRequests } = buildFees(code, chosenCase.feeVnd, sim, ids, context.nowMs);
    return {
      code,
      seedIndex: draft.seedIndex,
      procedureCode: procedureCode(draft.procedure, agency.code),
      procedureName: draft.procedure.name,
      caseName: chosenCase.name,
      fieldName: FIELDS[draft.procedure.field].vi,
      agencyKey: draft.agencyKey,
      agencyCode: agency.code,
      agencyName: agency.name,
      channel: draft.plan.channel,
      returnByPost: draft.plan.returnByPost,
      applicant: draft.applicant,
      representative: draft.representative,
      summary: draft.summary,
      duration: chosenCase.duration,
      feeVnd: chosenCase.feeVnd,
      status: sim.status,
      submittedAt: draft.plan.submittedAt,
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
      fees,
      paymentRequests,
      attachments: null,
      apologyLetter: null,
      version: 1,
      updatedAt: sim.updatedAt,
    };
  });
}
