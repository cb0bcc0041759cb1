<?php
/**
 * Removes the site's Candor address when the plugin is deleted.
 *
 * @package Candor
 */

defined( 'WP_UNINSTALL_PLUGIN' ) || exit;
delete_option( 'candor_address' );
