/** Session plans: when, how and where a session runs, who attends, and what it needs consent for. */
package io.coproduce.participation.session;
