// @ts-check
/** /console: sends the user to the login page or to the first page of their role. */
import { getSession, homeFor } from './session.js';

const session = getSession();
location.replace(session ? homeFor(session.user) : '/console/login');
