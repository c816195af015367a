export { OrganisationSelect, type OrganisationSelectProps } from './OrganisationSelect';
export { OrganisationName } from './OrganisationName';
