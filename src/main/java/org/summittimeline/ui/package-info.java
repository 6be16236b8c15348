/** The JavaFX views. They bind to state and show it; reading files and filtering happen in other layers. */
package org.summittimeline.ui;
