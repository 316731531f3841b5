import { firstClinicalDate, periodEnd, periodStart, untilDetail } from '../clinical-date.js';
import { codesOf, displayOf, hasCode } from '../codeable-concept.js';
import type { CarePlan, CarePlanActivity, CodeableConcept } from '../fhir-types.js';
import { distinctTexts, isObject, listOf, textOf } from '../fhir-values.js';
import { listInWords } from './narrative.js';
import { referencedDisplay } from './reasons.js';
import type { RecordFacts, RecordMapper } from './record-mapper.js';

/**
 * "2020-03-06 — Care plan: Infectious disease care plan (record artifact), for Suspected
 * COVID-19, activities Airborne precautions (procedure) and ...".
 */
export const mapCarePlan: RecordMapper<CarePlan> = (plan, context): RecordFacts => {
  const date = firstClinicalDate(periodStart(plan.period), plan.created);
  const activities = distinctTexts(
    listOf(plan.activity)
      .filter(isObject)
      .map((activity) =>
        isObject(activity.detail)
          ? (displayOf(activity.detail.code) ?? textOf(activity.detail.description))
          : referencedDisplay(activity.reference, plan, context),
      ),
  );
  const conditions = distinctTexts(
    listOf(plan.addresses).map((reference) => referencedDisplay(reference, plan, context)),
  );
  const categories = listOf(plan.category).filter((category) => !isBoilerplateCategory(category));
  return {
    label: 'Care plan',
    date,
    summary: textOf(plan.title) ?? displayOf(categories[0]) ?? textOf(plan.description) ?? activities[0],
    details: [
      conditions.length === 0 ? undefined : `for ${listInWords(conditions)}`,
      activities.length === 0 ? undefined : `activities ${listInWords(activities)}`,
      untilDetail(date, periodEnd(plan.period)),
    ],
    codes: codesOf([...listOf(plan.category), ...listOf(plan.activity).map(activityCode)]),
  };
};

// US Core tags every care plan "assess-plan" (Assessment and Plan of Treatment); it names no plan.
function isBoilerplateCategory(category: CodeableConcept): boolean {
  return hasCode(category, 'assess-plan');
}

function activityCode(activity: CarePlanActivity): CodeableConcept | undefined {
  return isObject(activity) && isObject(activity.detail) ? activity.detail.code : undefined;
}
